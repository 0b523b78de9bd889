import { describe, expect, it } from 'vitest'
import { loadBuiltin } from '../../src/data-io/builtin'
import summit from '../../src/data-io/summit.json'
import { parseTimeline } from '../../src/domain/parseTimeline'

describe('the built-in summit', () => {
  it('is exactly what parseTimeline makes of summit.json (else run npm run build:summit)', () => {
    const fresh = parseTimeline(summit)
    expect(fresh.problems).toEqual([])
    expect(loadBuiltin()).toEqual(fresh)
  })
})
