import { useEffect, useId, useMemo, useState } from 'react'
import { download } from '../lib/download'
import { Button } from '../ui/Button'
import { CodeBox } from '../ui/CodeBox'
import { embedSnippet, SANDBOX, standaloneSnippet, type SnippetOptions } from './embedSnippet'
import { buildStandalonePage, fetchEmbedTemplate } from './standalonePage'

/** The document as a file: its JSON text and a file name stem from its title. */
export interface DocumentFile {
  json: string
  stem: string
  title: string
  description?: string | undefined
}

const httpUrl = (text: string): string | null => {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

type Template = { state: 'loading' } | { state: 'ready'; html: string } | { state: 'failed' }

/**
 * A document opened from a file or a paste lives only in this browser: say so, and offer the two
 * ways to publish it (the JSON at an address, or one standalone page), with a preview of it.
 */
export function PublishFirst({ file, options }: { file: DocumentFile; options: SnippetOptions }) {
  const ids = useId()
  const [jsonAddress, setJsonAddress] = useState('')
  const [fullView, setFullView] = useState('')
  const [template, setTemplate] = useState<Template>({ state: 'loading' })
  useEffect(() => {
    let live = true
    fetchEmbedTemplate().then(
      (html) => live && setTemplate({ state: 'ready', html }),
      () => live && setTemplate({ state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [])
  const src = httpUrl(jsonAddress)
  const fullViewUrl = httpUrl(fullView) ?? undefined
  const page = (withFullView: boolean) =>
    template.state === 'ready'
      ? buildStandalonePage(template.html, file.json, {
          title: file.title,
          description: file.description,
          fullViewUrl: withFullView ? fullViewUrl : undefined,
        })
      : null
  // The preview is rebuilt only with the document, not on every key typed in the fields.
  const preview = useMemo(() => page(false), [template, file]) // eslint-disable-line react-hooks/exhaustive-deps
  const pageName = `${file.stem}.html`

  return (
    <div className="flex flex-col gap-4">
      <p className="rounded-md border border-line bg-surface-2 p-3 text-sm leading-6 text-ink">
        <strong>Publish this file first.</strong> It was opened from your computer or pasted here,
        so it is not on the web yet: an embed code cannot show it until you publish it. Choose one
        of the two ways below.
      </p>
      <section aria-labelledby={`${ids}-json`} className="flex flex-col gap-2">
        <h3 id={`${ids}-json`} className="text-base font-bold">
          1. Publish the JSON at an address
        </h3>
        <p className="text-sm leading-6 text-muted">
          Put the JSON file on your web server. It must be sent with the header{' '}
          <code className="font-mono text-ink">Access-Control-Allow-Origin: *</code>, or the embed
          cannot read it from another site.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-[min(100%,28rem)] flex-col gap-1 text-sm font-semibold">
            Address where you will publish the JSON
            <input
              type="url"
              value={jsonAddress}
              onChange={(e) => setJsonAddress(e.target.value)}
              placeholder="https://news.example/timelines/council.json"
              className="min-h-8 rounded-md border border-line bg-surface px-2 font-normal text-ink"
            />
          </label>
          <Button
            onClick={() =>
              download(new Blob([file.json], { type: 'application/json' }), `${file.stem}.json`)
            }
          >
            Download the JSON
          </Button>
        </div>
        {src ? (
          <CodeBox
            label="Embed code for the published JSON"
            code={embedSnippet({ ...options, src })}
          />
        ) : (
          <p className="text-sm text-muted">
            Enter the http or https address of the JSON to get its embed code.
          </p>
        )}
      </section>
      <section aria-labelledby={`${ids}-page`} className="flex flex-col gap-2">
        <h3 id={`${ids}-page`} className="text-base font-bold">
          2. Or download a standalone embed page
        </h3>
        <p className="text-sm leading-6 text-muted">
          One .html file with the timeline inside. It works from any web host, with no special
          headers, and opened from your computer. Embed it where you put it with the code below.
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-[min(100%,28rem)] flex-col gap-1 text-sm font-semibold">
            Address of the full timeline (optional)
            <input
              type="url"
              value={fullView}
              onChange={(e) => setFullView(e.target.value)}
              aria-describedby={`${ids}-full-note`}
              className="min-h-8 rounded-md border border-line bg-surface px-2 font-normal text-ink"
            />
          </label>
          <Button
            disabled={template.state !== 'ready'}
            onClick={() => {
              const html = page(true)
              if (html) download(new Blob([html], { type: 'text/html' }), pageName)
            }}
          >
            Download the embed page (.html)
          </Button>
        </div>
        <p id={`${ids}-full-note`} className="text-sm text-muted">
          Without it, the page shows no “Open full timeline” link.
        </p>
        {template.state === 'failed' ? (
          <p role="alert" className="text-sm text-ink">
            This site’s embed page (embed.html) could not be fetched, so no standalone page can be
            made here. Publish the JSON instead.
          </p>
        ) : null}
        <CodeBox
          label="Embed code for the page"
          code={standaloneSnippet(pageName, file.title, options.heightPx)}
        />
      </section>
      <section aria-labelledby={`${ids}-preview`} className="flex flex-col gap-2">
        <h3 id={`${ids}-preview`} className="text-sm font-semibold">
          Preview
        </h3>
        {preview ? (
          <iframe
            srcDoc={preview}
            title={`Preview: ${file.title}`}
            sandbox={SANDBOX}
            className="w-full rounded-md border border-line"
            style={{ height: `${options.heightPx}px` }}
          />
        ) : (
          <p className="text-sm text-muted">
            {template.state === 'loading'
              ? 'Preparing the preview…'
              : 'No preview without the embed page.'}
          </p>
        )}
      </section>
    </div>
  )
}
