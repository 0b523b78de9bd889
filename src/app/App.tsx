import { useCallback, useEffect, useRef, useState } from 'react'
import { loadBuiltin } from '../data-io/builtin'
import type { LoadProgress } from '../data-io/loadFromUrl'
import type { ReadOutcome } from '../domain/types'
import { stripBidi } from '../lib/bidi'
import { useEmbedBridge } from '../embed/useEmbedBridge'
import { readViewOptions, type ViewOptions } from '../embed/viewOptions'
import { onDemand, PartBoundary } from '../ui/PartBoundary'
import { readLazily } from '../documents/readLazily'
import { accentReadable, useTheme } from '../ui/useTheme'
import { useDocuments } from '../documents/useDocuments'
import { Viewer } from './Viewer'

// What failed is shown by code that loads only when something fails.
const LoadError = onDemand(() => import('../documents/LoadError'))
// So is the screen that shows a `?src=` download's progress (index.html preloads its code with
// the loader's). The download and the reading are the app's own, so they never wait for it.
const Loading = onDemand(() => import('./Loading').then((m) => ({ default: m.Loading })))

const THEMES = ['light', 'dark'] as const

/** How long a load may take before the loading screen shows its progress. */
const SLOW_LOAD_MS = 300

// Left out of the app page's production build, which is never an embed (Viewer's EMBEDS; written
// out here, where the minifier can see it, so that the bridge's code is left out too).
const useBridge = import.meta.env.MODE !== 'production' ? useEmbedBridge : () => null

const randomId = () => `ql-${Math.random().toString(36).slice(2, 10)}`

/** The theme asked for, else light in an embed (it sits in someone's article), else null. */
const startingTheme = (o: ViewOptions) => o.theme ?? (o.embed ? 'light' : null)

/** The URL's options, with a warning for an accent that would be unreadable in a theme. */
function readOptions(forceEmbed: boolean): ViewOptions {
  const options = readViewOptions(window.location.search, { forceEmbed, randomId })
  const { accent } = options
  if (accent) {
    // Only the themes this page can show: a fixed theme=dark needs no light-theme check.
    const theme = startingTheme(options)
    const shown = theme === 'light' || theme === 'dark' ? [theme] : THEMES
    const unreadable = shown.filter((t) => !accentReadable(accent, t))
    if (unreadable.length > 0) {
      options.warnings.push(
        `The accent ${accent} is too faint to read as text on the ${unreadable.join(' and ')} background, so the default accent is used there.`,
      )
    }
  }
  // Set before the first render: the embed's CSS must hold when its first height is measured.
  if (options.embed) document.documentElement.dataset.embed = 'true'
  return options
}

/** Reads the URL once, loads the document (built-in or `?src=`), and shows it or what failed. */
export function App({
  forceEmbed = false,
  load,
}: {
  forceEmbed?: boolean
  /** Reads the document a standalone embed page carries: before any `?src=` or the summit. */
  load?: (() => Promise<ReadOutcome>) | undefined
}) {
  const [options] = useState(() => readOptions(forceEmbed))
  const bridge = useBridge(options)
  const [theme, setTheme] = useTheme({
    initial: startingTheme(options),
    persist: !options.embed,
    accent: options.accent,
  })
  const [src] = useState(() => new URLSearchParams(window.location.search).get('src'))
  const documents = useDocuments(() => (src || load ? null : loadBuiltin()), options.zone)
  const { docs, open } = documents

  const onFirst = useCallback(
    (outcome: ReadOutcome) =>
      open(outcome, load ? 'this page' : `the timeline at ${src}`, { first: true }),
    [open, src, load],
  )
  // The first document, when it is not the summit: the one a standalone page carries, or
  // `?src=`'s (the loader, like the validator, loads on demand). Read here rather than by the
  // loading screen, whose code arrives later: the reading starts as soon as the loader's code is
  // in, and a screen still downloading never holds it back.
  const [progress, setProgress] = useState<LoadProgress | null>(null)
  // The running read's controller: the cleanup stops its download, and so does Cancel.
  const running = useRef<AbortController>(null)
  // Whether the loading screen is up: until it is, the reading step is not worth a frame.
  const slowNow = useRef(false)
  useEffect(() => {
    let live = true
    const run = (running.current = new AbortController())
    // An aborted read tells no more progress, so its reports need no guard.
    const options = {
      signal: run.signal,
      onProgress: setProgress,
      progressShown: () => slowNow.current,
    }
    const first =
      load ??
      (src &&
        (() =>
          import('../data-io/loadFromUrl').then((m) =>
            m.loadFromUrl(src, window.location.href, fetch, options),
          )))
    if (first) {
      void readLazily(first).then((outcome) => {
        if (live) onFirst(outcome)
      })
    }
    return () => {
      live = false
      run.abort()
    }
  }, [load, src, onFirst])

  // The loading screen (the bar, Cancel, the reading step) comes in only when loading takes a
  // while: a quick load shows the one line and spends none of its first frames on a screen that
  // would be gone at once.
  const loading = docs.status === 'loading'
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (!loading) return
    const timer = setTimeout(() => setSlow((slowNow.current = true)), SLOW_LOAD_MS)
    return () => clearTimeout(timer)
  }, [loading])

  // One moment of failure: the flag and the host's messages wait until the alert is on the page,
  // so the height the embed reports is the height with the alert.
  const [alertShown, setAlertShown] = useState(false)
  const onAlertShown = useCallback(() => setAlertShown(true), [])
  const failCode = docs.status === 'failed' ? docs.code : null
  const failMessage = docs.status === 'failed' ? docs.message : null
  useEffect(() => {
    if (!failCode || !failMessage || !alertShown) return
    document.documentElement.dataset.timelineError = 'true'
    bridge?.fail(failCode, stripBidi(failMessage))
  }, [failCode, failMessage, alertShown, bridge])

  if (docs.status === 'loading') {
    const waiting = (
      <p role="status" className="p-6 text-base text-muted">
        Loading the timeline…
      </p>
    )
    if (load || !slow) return waiting
    return (
      <PartBoundary what="The loading screen" fallback={waiting}>
        <Loading progress={progress} onCancel={() => running.current?.abort()} />
      </PartBoundary>
    )
  }
  if (docs.status === 'failed') {
    return (
      <PartBoundary what="The reason the timeline failed">
        <LoadError
          message={docs.message}
          problems={docs.problems}
          compact={options.embed}
          onShown={onAlertShown}
        />
      </PartBoundary>
    )
  }
  return (
    <Viewer
      key={docs.current.key}
      document={docs.current.document}
      problems={docs.current.problems}
      store={docs.current.store}
      documents={documents}
      options={options}
      bridge={bridge}
      theme={theme}
      setTheme={setTheme}
    />
  )
}
