import { useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * A ref that holds the latest `value`, refreshed after each render and before any effect or
 * frame reads it: for callbacks that outlive a render (a zoom frame, a d3 listener, an idle
 * task) and must see the current values without being made anew.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
