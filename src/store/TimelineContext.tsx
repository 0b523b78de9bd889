import { createContext, useContext, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { ZoneChoice } from '../domain/formatTime'
import type { TimelineDocument } from '../domain/types'
import { createTimelineStore } from './createTimelineStore'
import type { TimelineState, TimelineStore } from './state'

const StoreContext = createContext<TimelineStore | null>(null)

/** Provides one timeline store, created once for the document it is given. */
export function TimelineProvider({
  document,
  store: given,
  zone,
  children,
}: {
  document: TimelineDocument
  store?: TimelineStore | undefined
  /** The time zone shown at first (the URL's `zone=`); the reader can change it. */
  zone?: ZoneChoice | null
  children: ReactNode
}) {
  const [store] = useState(() => given ?? createTimelineStore(document, zone ? { zone } : {}))
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The store itself, for transient subscriptions and imperative reads outside render. */
export function useTimelineStore(): TimelineStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useTimeline must be used inside <TimelineProvider>')
  return store
}

/** Reads one slice of the timeline state; keep selectors atomic. */
export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(useTimelineStore(), selector)
}
