/** A document in the CONTRACT §1 format, as JSON.parse would give it. */
export interface GeneratedDocument {
  title: string
  timezone: string
  speakers: { id: string; name: string; role?: string }[]
  sources: { id: string; title: string }[]
  events: {
    id: string
    kind: string
    title: string
    start: string
    end?: string
    quotes?: { id: string; speaker: string; text: string }[]
  }[]
}
export declare function generateDocument(options: {
  events: number
  seed?: number
}): GeneratedDocument
