/** URL options that could not be used, named on screen so the page's author can fix them. */
export function OptionWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <div
      role="status"
      className="rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-ink"
      data-option-warnings
    >
      <p className="font-semibold">Some options in this page’s address were ignored:</p>
      <ul className="list-disc pl-5">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  )
}
