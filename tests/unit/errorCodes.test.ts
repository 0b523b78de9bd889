import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../src/embed/protocol'

/** The codes named in a doc's "Error codes" bullet: every `code-like` word in it. */
function documentedCodes(file: string): string[] {
  const text = readFileSync(`docs/${file}`, 'utf8')
  const start = text.indexOf('- Error codes')
  expect(start, `${file} has an "Error codes" bullet`).toBeGreaterThanOrEqual(0)
  const rest = text.slice(start + 2)
  const end = rest.search(/\n(- |\n|#)/)
  const bullet = end < 0 ? rest : rest.slice(0, end)
  return [...bullet.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1] ?? '')
}

describe('error codes', () => {
  it('docs/embedding.md and docs/contract.md list exactly the protocol’s codes', () => {
    for (const file of ['embedding.md', 'contract.md']) {
      expect([...documentedCodes(file)].sort(), file).toEqual([...ERROR_CODES].sort())
    }
  })
})
