import { memo } from 'react'
import type { Cluster } from '../domain/detailLayout'

interface Props {
  cluster: Cluster
  label: string
  register: (key: number, el: HTMLButtonElement | null) => void
  onOpen: (cluster: Cluster) => void
}

/** Events too dense to draw one by one at this zoom: a count that zooms in to them on click. */
export const ClusterMark = memo(function ClusterMark({ cluster, label, register, onOpen }: Props) {
  return (
    <button
      type="button"
      ref={(el) => {
        register(cluster.firstIndex, el)
        return () => register(cluster.firstIndex, null)
      }}
      className="cluster"
      // Keyboard readers step through single events with the arrow keys instead.
      tabIndex={-1}
      aria-label={label}
      data-cluster-count={cluster.count}
      data-first-event-index={cluster.firstIndex}
      onClick={() => onOpen(cluster)}
    >
      {cluster.count.toLocaleString('en-US')}
    </button>
  )
})
