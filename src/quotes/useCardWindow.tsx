import { useState } from 'react'
import { Button } from '../ui/Button'

/** Lists up to this long render every card (the summit: all of them, always). */
const ALL_BELOW = 200
/** Cards before and after the anchor in a longer list, and how many each "Show" adds. */
const BEFORE = 10
const AFTER = 30
const STEP = 40

export interface CardWindow {
  windowed: boolean
  start: number
  end: number
  showMore: (edge: 'start' | 'end') => void
}

/**
 * Which cards of a list of `count` to render: all of a short list; of a long one, a window around
 * `anchor` that the reader can widen. Widening resets when the anchor moves.
 */
export function useCardWindow(count: number, anchor: number): CardWindow {
  const [extra, setExtra] = useState({ anchor, before: 0, after: 0 })
  if (count <= ALL_BELOW) return { windowed: false, start: 0, end: count, showMore: () => {} }
  const mine = extra.anchor === anchor ? extra : { anchor, before: 0, after: 0 }
  return {
    windowed: true,
    start: Math.max(0, anchor - BEFORE - mine.before),
    end: Math.min(count, anchor + AFTER + mine.after),
    showMore: (edge) =>
      setExtra({
        anchor,
        before: mine.before + (edge === 'start' ? STEP : 0),
        after: mine.after + (edge === 'end' ? STEP : 0),
      }),
  }
}

/** The button that widens a window of cards (or rows) at one edge, and what it leaves out. */
export function CardWindowEdge(props: {
  cards: CardWindow
  edge: 'start' | 'end'
  total: number
  /** What the window holds, plural: "quotes" (the default) or "events". */
  things?: string
}) {
  const { cards, edge, total, things = 'quotes' } = props
  const hidden = edge === 'start' ? cards.start : total - cards.end
  if (!cards.windowed || hidden === 0) return null
  const n = Math.min(STEP, hidden).toLocaleString('en-US')
  return (
    <Button onClick={() => cards.showMore(edge)} className="self-center">
      {edge === 'start' ? `Show ${n} earlier ${things}` : `Show ${n} later ${things}`}
      <span className="sr-only">{` (${hidden.toLocaleString('en-US')} not shown)`}</span>
    </Button>
  )
}
