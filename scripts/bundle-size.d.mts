export interface Bytes {
  raw: number
  gzip: number
}
export interface BundleSize {
  initial: { js: Bytes; css: Bytes; total: Bytes }
  onDemand: { js: Bytes; css: Bytes }
}
export declare function initialFiles(distDir: string, page?: string): string[]
export declare function measureBundle(distDir: string, page?: string): BundleSize
