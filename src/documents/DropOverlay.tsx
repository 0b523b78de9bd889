/** What a file dragged over the page would do: drawn only while one is, so it loads then. */
export default function DropOverlay() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-3 z-50 flex items-center justify-center rounded-xl border-4 border-dashed border-accent bg-page/90 text-xl font-bold text-ink"
      data-drop-overlay
    >
      Drop a JSON, CSV or TimelineJS file to open it
    </div>
  )
}
