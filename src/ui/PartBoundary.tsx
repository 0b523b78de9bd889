import {
  Component,
  lazy,
  Suspense,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react'

/** A part's code could not be downloaded: PartBoundary offers to try again. */
export class PartMissing extends Error {}

/**
 * A part whose code loads on demand; `preload` starts the download before it is shown, and
 * settles when the code is here (or could not be fetched: the part then says so when shown).
 */
export type OnDemand<P> = ComponentType<P> & { preload: () => Promise<void> }

/**
 * React.lazy for a part whose code loads on demand, except that a failed download is not kept:
 * the next render (PartBoundary's Retry) imports it again, and the failure is a PartMissing, so
 * that it is told from a part that fails to render. A part whose code is already here (preloaded)
 * renders in the same commit as what shows it, not a moment later, moving what is below it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own signature
export function onDemand<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): OnDemand<ComponentProps<T>> {
  let ready: { default: T } | undefined
  const keep = () => load().then((m) => (ready = m))
  const fresh = () =>
    lazy(() =>
      ready
        ? // A thenable that answers at once: React.lazy then resolves without suspending.
          ({ then: (done: (m: { default: T }) => void) => done(ready!) } as Promise<{ default: T }>)
        : keep().catch((cause: unknown) => {
            Part = fresh()
            throw new PartMissing('A part could not be downloaded', { cause })
          }),
    )
  let Part = fresh()
  return Object.assign((props: ComponentProps<T>) => <Part {...props} />, {
    preload: () =>
      keep().then(
        () => {},
        () => {},
      ),
  })
}

interface Props {
  /** The part, as a sentence's subject: "The export menu". */
  what: string
  children: ReactNode
  /** Shown while the part's code loads; nothing by default. */
  fallback?: ReactNode
}

/**
 * Where a part of the page is shown (the timeline, the reading panel, a part that loads on
 * demand): nothing (or a fallback) while its code loads, and a short message in its place, never a broken page,
 * when its code cannot be downloaded (offline, or a newer version replaced it) or it fails to
 * render. The rest of the page keeps working; the page's root reports the error (mount.tsx).
 */
export class PartBoundary extends Component<Props, { error: unknown }> {
  state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? true }
  }

  render() {
    const { error } = this.state
    if (!error) return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>
    // Retry downloads the part again (onDemand forgets a failed download); Reload renders it anew.
    const missing = error instanceof PartMissing
    // A plain button: ./Button here made the build split React's JSX runtime into a chunk of
    // its own, 0.4 KB more before ready.
    return (
      <p role="alert" className="text-sm text-ink">
        {missing
          ? `${this.props.what} could not be downloaded; check the connection. `
          : 'This part of the timeline could not be shown. '}
        <button
          type="button"
          className="font-medium text-accent underline"
          onClick={() => this.setState({ error: null })}
        >
          {missing ? 'Retry' : 'Reload this part'}
        </button>
      </p>
    )
  }
}
