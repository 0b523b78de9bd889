import type { Cluster } from '../domain/detailLayout'
import { formatClock, formatDay } from '../domain/formatTime'

// Labels are formatted once per cluster and zone: a layout's clusters are reused while zooming.
const labels = new WeakMap<Cluster, { zone: string; label: string }>()

/** What a cluster says to assistive technology: how many events, when, and what a click does. */
export function clusterLabel(c: Cluster, zone: string): string {
  const known = labels.get(c)
  if (known?.zone === zone) return known.label
  const label = formatLabel(c, zone)
  labels.set(c, { zone, label })
  return label
}

function formatLabel(c: Cluster, zone: string): string {
  const from = `${formatDay(c.startMs, zone)} ${formatClock(c.startMs, zone)}`
  const to = `${formatDay(c.lastStartMs, zone)} ${formatClock(c.lastStartMs, zone)}`
  const count = c.count.toLocaleString('en-US')
  // The button zooms in to its events; "Show" keeps it apart from the toolbar's "Zoom in".
  return c.count === 1
    ? `Show 1 more event, ${from}`
    : `Show ${count} more events, ${from} to ${to}`
}
