import { Fragment, useState } from 'react'
import { Button } from '../../ui/Button'
import type { Focus } from '../createStudioStore'
import type { Collection, Row } from '../model'
import { useStudio } from '../StudioContext'
import { quoteLine, useSpeakerNames } from './EventQuotes'
import { useDocumentZone } from './fields/TimeField'
import { shortStart, timeOrder } from './outlineOrder'
import { OutlineRow, type Badge } from './OutlineRow'

/** Events drawn at once: a 10,000-event draft lists a page of them, and more on request. */
export const PAGE = 200

export interface RowHandlers {
  onOpen: (collection: Collection, uid: string) => void
  onDuplicate: (collection: Collection, uid: string) => void
  onDelete: (collection: Collection, uid: string, label: string) => void
}

const eventLabel = (row: Row) =>
  typeof row.data.title === 'string' && row.data.title.trim() ? row.data.title : '(no title yet)'

/**
 * The events in time order, a page at a time (the page follows the item opened in the form),
 * each with its quotes beneath it while it, or one of them, is open.
 */
export function OutlineEvents({
  focus,
  badges,
  handlers,
}: {
  focus: Focus
  badges: ReadonlyMap<string, Badge>
  handlers: RowHandlers
}) {
  const events = useStudio((s) => s.content.events)
  const quotes = useStudio((s) => s.content.quotes)
  const zone = useDocumentZone()
  const names = useSpeakerNames()
  const [orderOf] = useState(timeOrder)
  const order = orderOf(events, zone)
  // The event open in the form, or the event of the quote open in it.
  const openUid =
    focus.target === 'events'
      ? focus.uid
      : focus.target === 'quotes'
        ? (quotes.find((q) => q.uid === focus.uid)?.parent ?? null)
        : null
  const at = openUid ? order.uids.indexOf(openUid) : -1
  const [page, setPage] = useState({ from: 0, count: PAGE, anchor: '' })
  // When another event opens (from the preview, say) or it moves in time, the page moves to show
  // it if it lies outside; paging by hand afterwards is left alone.
  const anchor = `${openUid}@${at}`
  if (anchor !== page.anchor) {
    const outside = at >= 0 && (at < page.from || at >= page.from + page.count)
    setPage({ ...page, from: outside ? Math.max(0, at - 10) : page.from, anchor })
  }
  const { from: start, count } = page
  const shown = order.uids.slice(start, start + count)
  const nested = openUid ? quotes.filter((q) => q.parent === openUid) : []
  const orphans = quotes.filter((q) => !q.parent || !order.at.has(q.parent))
  const quoteRow = (q: Row, inEvent: boolean) => (
    <OutlineRow
      key={q.uid}
      collection="quotes"
      row={q}
      label={quoteLine(q, names)}
      nested={inEvent}
      selected={focus.target === 'quotes' && focus.uid === q.uid}
      badge={badges.get(q.uid)}
      {...handlers}
    />
  )
  return (
    <>
      {start > 0 ? (
        <Button
          variant="quiet"
          onClick={() =>
            setPage({
              ...page,
              from: Math.max(0, start - PAGE),
              count: count + Math.min(start, PAGE),
            })
          }
        >
          Show earlier events ({start} before these)
        </Button>
      ) : null}
      <ul className="m-0 flex list-none flex-col gap-1 p-0" aria-label="Events in time order">
        {shown.map((uid) => {
          const row = events[order.at.get(uid)!]!
          return (
            <Fragment key={uid}>
              <OutlineRow
                collection="events"
                row={row}
                label={eventLabel(row)}
                detail={shortStart(row.data.start)}
                badge={badges.get(uid)}
                selected={focus.target === 'events' && focus.uid === uid}
                {...handlers}
              />
              {uid === openUid ? (
                <li className="list-none">
                  <ul className="m-0 flex list-none flex-col gap-1 p-0" aria-label="Its quotes">
                    {nested.map((q) => quoteRow(q, true))}
                  </ul>
                </li>
              ) : null}
            </Fragment>
          )
        })}
      </ul>
      {start + count < order.uids.length ? (
        <Button variant="quiet" onClick={() => setPage({ ...page, count: count + PAGE })}>
          Show more events ({order.uids.length - start - count} after these)
        </Button>
      ) : null}
      {orphans.length > 0 ? (
        <section aria-label="Quotes without an event" className="flex flex-col gap-1">
          <h3 className="m-0 text-sm font-bold text-ink">Quotes without an event</h3>
          <ul className="m-0 flex list-none flex-col gap-1 p-0">
            {orphans.map((q) => quoteRow(q, false))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
