import { Button } from '../../ui/Button'
import { Popover } from '../../ui/Popover'
import type { SaveState } from './autosave'
import { SAVE_FAILED } from './failure'
import { usePersistence, type Persistence } from './persistence'

const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

const KEPT: Record<Persistence, string> = {
  granted: 'The browser has agreed to keep them even when space runs low (persistent storage).',
  'not granted':
    'The browser has not granted persistent storage: it may remove them when space runs low.',
  unknown: 'This browser does not say whether it will keep them when space runs low.',
}

/** The status line's words: what is saved, and since when. */
function words(state: SaveState): string {
  if (state.phase === 'saving') return 'Saving…'
  if (state.phase === 'failed') return 'Not saved'
  const at = state.savedAt === null ? '' : ` · saved ${clock.format(state.savedAt)}`
  return `Saved in this browser only${at}`
}

/**
 * Always on screen: where the draft is kept (this browser only: private windows cannot be told
 * apart, so it is always said), an Export button beside it, and at once, as an alert, a write
 * the browser refused, with its reason.
 */
export function SaveStatus({ state, onExport }: { state: SaveState; onExport: () => void }) {
  const persistence = usePersistence(state.phase === 'saved' ? state.savedAt : null)
  const failed = state.phase === 'failed'
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <p
          className={`m-0 tabular-nums ${failed ? 'font-medium text-[var(--k-meeting)]' : 'text-muted'}`}
          title={`Drafts are kept in this browser only. ${KEPT[persistence]}`}
        >
          {words(state)}
        </p>
        <Popover label="About saving" title="Where your drafts are kept" align="end">
          <div className="max-w-72 space-y-2 text-sm">
            <p className="m-0">
              Every change is saved within a second, in this browser only (its IndexedDB), on this
              device. Nothing is sent anywhere.
            </p>
            <p className="m-0">{KEPT[persistence]}</p>
            <p className="m-0">
              Clearing the browser’s data, or closing a private window, removes your drafts: export
              the JSON to keep a copy.
            </p>
          </div>
        </Popover>
        <Button onClick={onExport}>Export JSON</Button>
      </div>
      {failed ? (
        <div
          role="alert"
          className="max-w-md rounded-md border border-[var(--k-meeting)] bg-surface p-2 text-sm text-ink"
        >
          <p className="m-0">{SAVE_FAILED}</p>
          {state.reason ? <p className="m-0 mt-1 text-muted">{state.reason}</p> : null}
        </div>
      ) : null}
    </div>
  )
}
