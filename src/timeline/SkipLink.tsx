/**
 * The page's first Tab stop: straight to the timeline's selected mark (or its first), past the
 * header and the menus. Hidden until focused.
 */
export function SkipLink() {
  return (
    <a
      href="#timeline-marks"
      className="skip-link"
      onClick={(e) => {
        const marks = window.document.querySelectorAll<HTMLElement>('[role="tab"][data-event-id]')
        // Focus, not navigation: the hash belongs to the reader's deep link (#event=…).
        e.preventDefault()
        ;([...marks].find((m) => m.tabIndex === 0) ?? marks[0])?.focus()
      }}
    >
      Skip to the timeline
    </a>
  )
}
