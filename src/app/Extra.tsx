import { Component, Suspense, type ReactNode } from 'react'

interface Props {
  /** What is loading, as a sentence's subject: "The export menu". */
  what: string
  children: ReactNode
}

/**
 * Where a part that loads on demand is shown: nothing while it loads, and a plain message rather
 * than a broken page when its code cannot be fetched (offline, or a newer version replaced it).
 */
export class Extra extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="text-sm text-ink">
          {this.props.what} could not be loaded: the network may be down. Reload the page to try
          again.
        </p>
      )
    }
    return <Suspense fallback={null}>{this.props.children}</Suspense>
  }
}
