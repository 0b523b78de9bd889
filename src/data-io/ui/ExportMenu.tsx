import { useCallback, useId, useRef, useState } from 'react'
import { Button } from '../../ui/Button'
import { onDemand, PartBoundary } from '../../ui/PartBoundary'

// The menu and the exporters load when a reader first opens it; pointing at or focusing the
// button starts loading it.
const ExportFormats = onDemand(() => import('./ExportFormats'))

/** "Export": the document as JSON or CSV, or the current view as SVG or PNG. Loaded when first used. */
export function ExportMenu() {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const toggle = useRef<HTMLButtonElement>(null)
  const close = useCallback((refocus: boolean) => {
    setOpen(false)
    if (refocus) toggle.current?.focus()
  }, [])

  return (
    <div className="relative flex items-center gap-2">
      <Button
        ref={toggle}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        onPointerEnter={ExportFormats.preload}
        onFocus={ExportFormats.preload}
      >
        Export…
      </Button>
      {open ? (
        <PartBoundary what="The export menu">
          <ExportFormats id={`${id}-menu`} onStatus={setStatus} onClose={close} />
        </PartBoundary>
      ) : null}
      <span role="status" className="text-xs text-muted" data-export-status>
        {status}
      </span>
    </div>
  )
}
