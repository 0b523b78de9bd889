import { useEffect, useState } from 'react'
import type { ParseResult } from '../domain/types'
import { loadBuiltin } from '../data-io/builtin'
import { loadFromUrl } from '../data-io/loadFromUrl'
import { useEmbedBridge } from '../embed/useEmbedBridge'
import { readViewOptions, type ViewOptions } from '../embed/viewOptions'
import { LoadError } from './LoadError'
import { accentReadable, useTheme } from './useTheme'
import { Viewer } from './Viewer'

type State =
  | { status: 'loading'; src: string }
  | { status: 'ready'; result: ParseResult }
  | { status: 'error'; code: string; message: string; result?: ParseResult }

const THEMES = ['light', 'dark'] as const

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
export function App({ forceEmbed = false }: { forceEmbed?: boolean }) {
  const [options] = useState(() => readOptions(forceEmbed))
  const bridge = useEmbedBridge(options)
  const [theme, setTheme] = useTheme({
    initial: startingTheme(options),
    persist: !options.embed,
    accent: options.accent,
  })
  const [state, setState] = useState<State>(() => {
    const src = new URLSearchParams(window.location.search).get('src')
    return src ? { status: 'loading', src } : { status: 'ready', result: loadBuiltin() }
  })

  useEffect(() => {
    if (state.status !== 'loading') return
    let live = true
    void loadFromUrl(state.src, window.location.href).then((outcome) => {
      if (!live) return
      if (!outcome.ok) setState({ status: 'error', code: outcome.code, message: outcome.message })
      else if (!outcome.result.document) {
        setState({
          status: 'error',
          code: 'no-timeline',
          message: 'This file has no timeline that can be shown.',
          result: outcome.result,
        })
      } else setState({ status: 'ready', result: outcome.result })
    })
    return () => {
      live = false
    }
  }, [state])

  const document_ = state.status === 'ready' ? state.result.document : null
  const failure =
    state.status === 'error'
      ? { code: state.code, message: state.message }
      : state.status === 'ready' && !document_
        ? { code: 'no-timeline', message: 'The built-in timeline could not be read.' }
        : null
  const failCode = failure?.code
  const failMessage = failure?.message
  useEffect(() => {
    if (!failCode || !failMessage) return
    document.documentElement.dataset.timelineError = 'true'
    bridge?.fail(failCode, failMessage)
  }, [failCode, failMessage, bridge])

  if (state.status === 'loading') {
    return (
      <p role="status" className="p-6 text-base text-muted">
        Loading the timeline…
      </p>
    )
  }
  if (failure || !document_) {
    return (
      <LoadError
        message={failure?.message ?? ''}
        problems={state.result?.problems ?? []}
        compact={options.embed}
      />
    )
  }
  return (
    <Viewer
      document={document_}
      problems={state.result?.problems ?? []}
      options={options}
      bridge={bridge}
      theme={theme}
      setTheme={setTheme}
    />
  )
}
