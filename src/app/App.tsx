import { useEffect, useState } from 'react'
import type { ParseResult } from '../domain/types'
import { loadBuiltin } from '../data-io/builtin'
import { loadFromUrl } from '../data-io/loadFromUrl'
import { LoadError } from './LoadError'
import { useTheme } from './useTheme'
import { Viewer } from './Viewer'

type State =
  | { status: 'loading'; src: string }
  | { status: 'ready'; result: ParseResult }
  | { status: 'error'; message: string; result?: ParseResult }

/** Reads the URL once, loads the document (built-in or `?src=`), and shows it or what failed. */
export function App() {
  const [theme, setTheme] = useTheme()
  const [state, setState] = useState<State>(() => {
    const src = new URLSearchParams(window.location.search).get('src')
    return src ? { status: 'loading', src } : { status: 'ready', result: loadBuiltin() }
  })

  useEffect(() => {
    if (state.status !== 'loading') return
    let live = true
    void loadFromUrl(state.src, window.location.href).then((outcome) => {
      if (!live) return
      if (!outcome.ok) setState({ status: 'error', message: outcome.message })
      else if (!outcome.result.document) {
        setState({
          status: 'error',
          message: 'This file has no timeline that can be shown.',
          result: outcome.result,
        })
      } else setState({ status: 'ready', result: outcome.result })
    })
    return () => {
      live = false
    }
  }, [state])

  useEffect(() => {
    if (state.status === 'error') document.documentElement.dataset.timelineError = 'true'
  }, [state])

  if (state.status === 'loading') {
    return (
      <p role="status" className="p-6 text-base text-muted">
        Loading the timeline…
      </p>
    )
  }
  if (state.status === 'error' || !state.result.document) {
    const message =
      state.status === 'error' ? state.message : 'The built-in timeline could not be read.'
    return <LoadError message={message} problems={state.result?.problems ?? []} />
  }
  return (
    <Viewer
      document={state.result.document}
      problems={state.result.problems}
      theme={theme}
      setTheme={setTheme}
    />
  )
}
