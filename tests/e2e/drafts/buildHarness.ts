import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Rollup } from 'vite'

/**
 * Builds harness.tsx (the drafts code on a bare page) into one classic script, in memory: the
 * drafts are tested on the browser's real IndexedDB and Web Locks before studio.html wires them.
 */
export async function buildHarness(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('../../..', import.meta.url)),
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      lib: {
        entry: fileURLToPath(new URL('./harness.tsx', import.meta.url)),
        formats: ['iife'],
        name: 'DraftsHarness',
        fileName: () => 'harness.js',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[]
  const chunk = outputs[0]?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk')
  if (!chunk) throw new Error('the drafts harness did not build')
  if (/<\/script/i.test(chunk.code)) throw new Error('the harness code contains a closing tag')
  return chunk.code
}
