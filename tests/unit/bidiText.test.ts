import { describe, expect, it } from 'vitest'
import { stripBidi } from '../../src/lib/bidi'
import { closeBidi, isolateBidi } from '../../src/lib/closeBidi'
import { formatBytes } from '../../src/lib/bytes'
import { fileStem } from '../../src/data-io/exportFiles'

const RLO = '\u202e'
const PDF = '\u202c'
const RLI = '\u2067'
const PDI = '\u2069'

describe('direction controls in document text', () => {
  it('closeBidi closes an override left open, where the text ends', () => {
    expect(closeBidi(`abc${RLO}def`)).toBe(`abc${RLO}def${PDF}`)
  })

  it('closeBidi leaves balanced and plain text exactly as written', () => {
    for (const text of ['Plain words', `a${RLO}b${PDF}c`, `a${RLI}b${PDI}`, 'שלום, world']) {
      expect(closeBidi(text)).toBe(text)
    }
  })

  it('closeBidi closes nested embeddings inside an open isolate in order', () => {
    expect(closeBidi(`${RLO}a${RLI}b${RLO}c`)).toBe(`${RLO}a${RLI}b${RLO}c${PDF}${PDI}${PDF}`)
    // A PDI closes the embeddings opened inside its isolate, as the bidi algorithm says.
    expect(closeBidi(`${RLI}${RLO}x${PDI}`)).toBe(`${RLI}${RLO}x${PDI}`)
  })

  it('isolateBidi wraps the closed text in a first-strong isolate', () => {
    expect(isolateBidi(`x${RLO}y`)).toBe(`\u2068x${RLO}y${PDF}${PDI}`)
  })

  it('stripBidi removes every direction control and nothing else', () => {
    expect(stripBidi(`Tr${RLO}ump\u200e and \u2066Putin${PDI}`)).toBe('Trump and Putin')
  })

  it('export file names carry no direction control', () => {
    expect(fileStem(`${RLO}Summit${PDF} notes`)).toBe('summit-notes')
  })

  it('formatBytes says sizes as a reader does', () => {
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(812)).toBe('812 bytes')
    expect(formatBytes(2765)).toBe('2.7 KB')
    expect(formatBytes(46 * 1024 * 1024 + 5000)).toBe('46 MB')
  })
})
