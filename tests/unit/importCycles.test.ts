// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = resolve('src')
const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
}

/** Every module of src/ and the modules of src/ it imports: static, type-only and import(). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(SRC, f))
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const deps = importedFiles.flatMap(({ fileName }) => {
      const found = ts.resolveModuleName(fileName, file, OPTIONS, ts.sys).resolvedModule
      return found && found.resolvedFileName.startsWith(`${SRC}/`) ? [found.resolvedFileName] : []
    })
    graph.set(file, deps)
  }
  return graph
}

/** One import path that leads from a module back to itself, per cycle found (depth-first). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const done = new Set<string>()
  const path: string[] = []
  const cycles: string[][] = []
  const visit = (file: string) => {
    const at = path.indexOf(file)
    if (at >= 0) {
      cycles.push([...path.slice(at), file])
      return
    }
    if (done.has(file)) return
    path.push(file)
    for (const dep of graph.get(file) ?? []) visit(dep)
    path.pop()
    done.add(file)
  }
  for (const file of graph.keys()) visit(file)
  return cycles
}

const name = (file: string) => file.slice(SRC.length + 1)

describe('imports in src/', () => {
  it('form no cycle, counting type imports and import()', () => {
    const graph = importGraph()
    // The walk sees the whole tree: the store and its selectors, the entry and the app.
    expect(graph.get(join(SRC, 'store/createTimelineStore.ts'))).toContain(
      join(SRC, 'store/selectors.ts'),
    )
    expect(graph.get(join(SRC, 'main.tsx'))).toContain(join(SRC, 'app/mount.tsx'))
    expect(findCycles(graph).map((c) => c.map(name).join(' → '))).toEqual([])
  })

  it('would report a cycle', () => {
    const graph = new Map([
      ['/a', ['/b']],
      ['/b', ['/c']],
      ['/c', ['/a']],
    ])
    expect(findCycles(graph)).toEqual([['/a', '/b', '/c', '/a']])
  })
})
