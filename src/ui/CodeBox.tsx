import { useRef, useState } from 'react'
import { copyText } from '../lib/clipboard'
import { Button } from './Button'

/**
 * Code to paste into an article: read-only, with a copy button that says what happened (the
 * embed dialog's and the studio's publish pane).
 */
export function CodeBox({
  label,
  code,
  copyLabel = 'Copy code',
  rows = 5,
}: {
  label: string
  code: string
  copyLabel?: string
  rows?: number
}) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle')
  const copy = async () => {
    const ok = await copyText(code)
    setCopied(ok ? 'done' : 'failed')
    if (!ok) ref.current?.select()
  }
  return (
    <>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {label}
        <textarea
          ref={ref}
          readOnly
          value={code}
          rows={rows}
          spellCheck={false}
          className="rounded-md border border-line bg-surface-2 p-2 font-mono text-xs font-normal leading-5 text-ink"
          data-embed-code
        />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void copy()}>{copyLabel}</Button>
        <span role="status" className="text-sm text-muted">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copying is blocked here: the code is selected, press Ctrl+C or ⌘C.'
              : ''}
        </span>
      </div>
    </>
  )
}
