import { describe, expect, it } from 'vitest'
import { densityBins } from '../../src/domain/density'
import type { TimelineEvent } from '../../src/domain/types'

const at = (startMs: number) => ({ startMs, endMs: startMs }) as TimelineEvent

describe('density for the overview', () => {
  it('counts event starts per equal slice, the last instant in the last slice', () => {
    expect([...densityBins([at(0), at(1), at(5), at(9), at(10)], 0, 10, 2)]).toEqual([2, 3])
  })

  it('leaves out events outside the range', () => {
    expect([...densityBins([at(-1), at(11), at(3)], 0, 10, 5)]).toEqual([0, 1, 0, 0, 0])
  })
})
