import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { StudioState, StudioStore } from './createStudioStore'

const StoreContext = createContext<StudioStore | null>(null)

/** Provides the open draft's store to the studio's forms, lists and tools. */
export function StudioProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The store itself, for edits and reads outside render. */
export function useStudioStore(): StudioStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStudio must be used inside <StudioProvider>')
  return store
}

/** Reads one slice of the studio's state; keep selectors atomic (a row, not the draft). */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector)
}
