import { useEffect, useId, useMemo, useState } from 'react'
import { download } from '../../lib/download'
import { Button } from '../../ui/Button'
import type { StudioServices } from '../services'
import { useStudio, useStudioStore } from '../StudioContext'
import { CodeBox } from '../../ui/CodeBox'
import { PublishChecklist } from './PublishChecklist'
import { checkForPublishing } from './publishCheck'
import { PublishStatus } from './PublishStatus'

type Services = Pick<StudioServices, 'standalonePage' | 'jsonSnippet' | 'standaloneSnippet'>

/** An http(s) address, or null. */
function httpUrl(text: string): string | null {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** How long typing must pause before the draft is checked again. */
const PAUSE_MS = 400

/** `value`, once it has stayed the same for `ms` (the first value at once). */
function usePaused<T>(value: T, ms: number): T {
  const [paused, setPaused] = useState(value)
  useEffect(() => {
    if (Object.is(value, paused)) return
    const timer = setTimeout(() => setPaused(value), ms)
    return () => clearTimeout(timer)
  }, [value, paused, ms])
  return paused
}

const FIELD = 'min-h-8 rounded-md border border-line bg-surface px-2 font-normal text-ink'

/** Asks where a file will be published and gives the embed code for that address. */
function EmbedCode(props: {
  label: string
  placeholder: string
  codeLabel: string
  snippet: (url: string) => string
}) {
  const id = useId()
  const [address, setAddress] = useState('')
  const url = httpUrl(address)
  const wrong = address.trim() !== '' && url === null
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {props.label}
        <input
          type="url"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder={props.placeholder}
          aria-invalid={wrong}
          aria-describedby={`${id}-note`}
          className={FIELD}
        />
      </label>
      <p id={`${id}-note`} className="text-sm text-muted">
        {wrong
          ? 'Write the whole address, starting with https:// (or http://).'
          : url
            ? null
            : 'Enter the address to get the embed code.'}
      </p>
      {url ? (
        <div className="flex flex-col gap-2">
          <CodeBox
            label={props.codeLabel}
            code={props.snippet(url)}
            rows={4}
            copyLabel={`Copy the ${props.codeLabel.charAt(0).toLowerCase()}${props.codeLabel.slice(1)}`}
          />
        </div>
      ) : null}
    </div>
  )
}

/**
 * Publishing the open draft: the JSON for `?src=`, the standalone embed page, the embed code for
 * either, and a checklist. Downloads are offered only when a reader's page would load the draft.
 */
export function PublishPanel({ services }: { services: Services }) {
  const ids = useId()
  const store = useStudioStore()
  // Checked after a pause in typing: the whole draft is parsed, which takes a while when large.
  const content = usePaused(
    useStudio((s) => s.content),
    PAUSE_MS,
  )
  const check = useMemo(() => checkForPublishing(content), [content])
  /** The draft as it is now, for a download right after the last keystroke. */
  const latest = () => {
    const now = store.getState().content
    return now === content ? check : checkForPublishing(now)
  }
  const [fullView, setFullView] = useState('')
  const [page, setPage] = useState<'idle' | 'making' | 'failed'>('idle')
  const fullViewUrl = httpUrl(fullView) ?? undefined

  const downloadPage = async () => {
    setPage('making')
    try {
      const now = latest()
      if (!now.loads) return setPage('idle')
      const html = await services.standalonePage(now.json, {
        title: now.title,
        description: now.description,
        fullViewUrl,
      })
      download(new Blob([html], { type: 'text/html' }), `${now.stem}.html`)
      setPage('idle')
    } catch {
      setPage('failed')
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="flex flex-col gap-4">
      <h2 id={`${ids}-title`} className="font-serif text-xl font-bold text-ink">
        Publish “{check.title}”
      </h2>
      <PublishStatus check={check} />
      <section aria-labelledby={`${ids}-json`} className="flex flex-col gap-2">
        <h3 id={`${ids}-json`} className="text-base font-bold text-ink">
          The JSON file, for the embed’s <code className="font-mono">?src=</code>
        </h3>
        <Button
          className="self-start"
          disabled={!check.loads}
          onClick={() => {
            const now = latest()
            if (now.loads)
              download(new Blob([now.json], { type: 'application/json' }), `${now.stem}.json`)
          }}
        >
          Download the JSON
        </Button>
        <EmbedCode
          label="Address where the JSON will be"
          placeholder={`https://news.example/timelines/${check.stem}.json`}
          codeLabel="Embed code for the JSON"
          snippet={(url) => services.jsonSnippet(url, check.title)}
        />
      </section>
      <section aria-labelledby={`${ids}-page`} className="flex flex-col gap-2">
        <h3 id={`${ids}-page`} className="text-base font-bold text-ink">
          Or one standalone page (.html), with the timeline inside
        </h3>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Address of the full timeline (optional: without it the page has no “Open full timeline”
          link)
          <input
            type="url"
            value={fullView}
            onChange={(e) => setFullView(e.target.value)}
            className={FIELD}
          />
        </label>
        <Button
          className="self-start"
          disabled={!check.loads || page === 'making'}
          onClick={() => void downloadPage()}
        >
          Download the standalone page
        </Button>
        {page === 'failed' ? (
          <p role="alert" className="text-sm text-ink">
            The standalone page could not be made here: this site’s built embed page (embed.html)
            could not be read. Download the JSON instead, or use the studio of a built site.
          </p>
        ) : null}
        <EmbedCode
          label="Address where the page will be"
          placeholder={`https://news.example/timelines/${check.stem}.html`}
          codeLabel="Embed code for the page"
          snippet={(url) => services.standaloneSnippet(url, check.title)}
        />
      </section>
      <PublishChecklist headingId={`${ids}-checklist`} />
    </section>
  )
}
