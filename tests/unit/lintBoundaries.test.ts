// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error')
}

describe('the lint rules keep the layers apart', () => {
  it('refuses d3-selection, d3-zoom and d3-transition outside src/timeline', async () => {
    for (const mod of ['d3-selection', 'd3-zoom', 'd3-transition']) {
      expect(await rulesFor(`import '${mod}'\n`, 'src/quotes/Example.ts')).toContain(
        'no-restricted-imports',
      )
    }
  })

  it('allows them inside src/timeline', async () => {
    expect(await rulesFor(`import 'd3-zoom'\n`, 'src/timeline/example.ts')).not.toContain(
      'no-restricted-imports',
    )
  })

  it('refuses the umbrella d3 package everywhere in src', async () => {
    expect(await rulesFor(`import 'd3'\n`, 'src/timeline/example.ts')).toContain(
      'no-restricted-imports',
    )
    expect(await rulesFor(`import 'd3'\n`, 'src/domain/example.ts')).toContain(
      'no-restricted-imports',
    )
  })

  it('keeps domain free of React and of the other layers', async () => {
    expect(await rulesFor(`import 'react'\n`, 'src/domain/example.ts')).toContain(
      'no-restricted-imports',
    )
    expect(await rulesFor(`import '../store/selectors'\n`, 'src/domain/example.ts')).toContain(
      'quoteline/layers',
    )
  })

  it('stops one feature importing another', async () => {
    expect(await rulesFor(`import '../timeline/Timeline'\n`, 'src/quotes/Example.ts')).toContain(
      'quoteline/layers',
    )
    expect(await rulesFor(`import '../quotes/QuoteCard'\n`, 'src/timeline/Example.ts')).toContain(
      'quoteline/layers',
    )
  })
})

describe('the lint rules keep embedding and data loading apart from the other features', () => {
  it('stops embed and data-io importing another feature or the app', async () => {
    expect(await rulesFor(`import '../quotes/QuoteCard'\n`, 'src/embed/example.ts')).toContain(
      'quoteline/layers',
    )
    expect(await rulesFor(`import '../app/App'\n`, 'src/data-io/example.ts')).toContain(
      'quoteline/layers',
    )
  })

  it('lets every feature use domain, store, ui and lib', async () => {
    const code = `import '../domain/types'\nimport '../store/selectors'\nimport '../ui/Button'\nimport '../lib/memoizeLast'\n`
    for (const feature of ['timeline', 'quotes', 'embed', 'data-io', 'documents', 'studio']) {
      expect(await rulesFor(code, `src/${feature}/example.ts`)).toEqual([])
    }
  })
})

describe('the lint rules judge an import by where it resolves', () => {
  it('holds a nested folder to its feature’s rules', async () => {
    const file = 'src/data-io/csv/example.ts'
    for (const code of [
      `import '../../app/App'\n`,
      `import '../../timeline/Timeline'\n`,
      `export { QuoteCard } from '../../quotes/QuoteCard'\n`,
      `void import('../../embed/bridge')\n`,
    ]) {
      expect(await rulesFor(code, file), code).toContain('quoteline/layers')
    }
    const allowed = `import '../readDocument'\nimport '../../domain/types'\nimport '../../lib/bytes'\n`
    expect(await rulesFor(allowed, file)).toEqual([])
  })

  it('keeps the documents and studio features apart from the others', async () => {
    expect(await rulesFor(`import '../data-io/readFile'\n`, 'src/documents/example.ts')).toContain(
      'quoteline/layers',
    )
    expect(await rulesFor(`import '../documents/open'\n`, 'src/studio/example.ts')).toContain(
      'quoteline/layers',
    )
    expect(await rulesFor(`import '../studio/Studio'\n`, 'src/store/example.ts')).toContain(
      'quoteline/layers',
    )
  })

  it('keeps a nested domain or store file out of the layers above it', async () => {
    expect(await rulesFor(`import '../../store/selectors'\n`, 'src/domain/sub/x.ts')).toContain(
      'quoteline/layers',
    )
    expect(await rulesFor(`import '../../app/App'\n`, 'src/store/sub/x.ts')).toContain(
      'quoteline/layers',
    )
  })

  it('lets the app compose every feature', async () => {
    const code = `import '../timeline/Timeline'\nimport '../data-io/readFile'\nimport '../documents/open'\n`
    expect(await rulesFor(code, 'src/app/example.ts')).toEqual([])
  })
})
