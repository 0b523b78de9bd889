import { useRef, useState } from 'react'
import { copyText } from '../../lib/clipboard'
import { Button } from '../../ui/Button'

/** Code to paste into an article: read-only, with a copy button that says what happened. */
export function CopyCode({ label, code }: { label: string; code: string }) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle')
  const copy = async () => {
    const ok = await copyText(code)
    setCopied(ok ? 'done' : 'failed')
    if (!ok) ref.current?.select()
  }
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {label}
        <textarea
          ref={ref}
          readOnly
          value={code}
          rows={4}
          spellCheck={false}
          className="rounded-md border border-line bg-surface-2 p-2 font-mono text-xs leading-5 font-normal text-ink"
        />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void copy()}>
          {`Copy the ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
        </Button>
        <span role="status" className="text-sm text-muted">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copying is blocked here: the code is selected, press Ctrl+C or ⌘C.'
              : ''}
        </span>
      </div>
    </div>
  )
}
