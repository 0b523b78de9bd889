import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Button } from './Button'

/**
 * A button that shows and hides a small panel below it (the WAI-ARIA disclosure pattern). The
 * panel stays mounted while hidden, so a dialog opened from inside it lives on; Escape (outside
 * any dialog) and a press outside close it, and Escape gives focus back to the button.
 */
export function Popover({
  label,
  title,
  align = 'start',
  children,
  onOpen,
}: {
  label: ReactNode
  title?: string | undefined
  align?: 'start' | 'end'
  children: ReactNode
  /** Called when the panel opens (for instance to start loading what it offers). */
  onOpen?: (() => void) | undefined
}) {
  const id = useId()
  const [open, setOpen] = useState(false)
  // What the panel holds renders from its first opening on (it may load on demand).
  const [opened, setOpened] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      // A dialog opened from the panel keeps it open, so focus can come back to its button.
      const target = e.target as Element
      if (!root.current?.contains(target) && !target.closest?.('dialog')) setOpen(false)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || (e.target as Element | null)?.closest?.('dialog')) return
      setOpen(false)
      button.current?.focus()
    }
    window.document.addEventListener('pointerdown', onPointer)
    window.document.addEventListener('keydown', onKey)
    return () => {
      window.document.removeEventListener('pointerdown', onPointer)
      window.document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div ref={root} className="relative inline-flex">
      <Button
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        title={title}
        onClick={() => {
          if (!open) onOpen?.()
          setOpen(!open)
          setOpened(true)
        }}
        onPointerEnter={onOpen}
        onFocus={onOpen}
      >
        {label}
        <span aria-hidden="true" className="text-xs text-muted">
          ▾
        </span>
      </Button>
      <div
        id={id}
        hidden={!open}
        className={`popover-panel absolute top-full z-30 mt-1 flex w-max max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-lg border border-line bg-surface p-3 shadow-lg ${align === 'end' ? 'right-0' : 'left-0'}`}
      >
        {opened ? children : null}
      </div>
    </div>
  )
}
