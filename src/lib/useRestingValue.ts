import { useEffect, useState } from 'react'

/** `value`, but only once it has stayed the same for `ms`: slow views follow fast ones at rest. */
export function useRestingValue<T>(value: T, ms: number): T {
  const [resting, setResting] = useState(value)
  useEffect(() => {
    if (Object.is(value, resting)) return
    const timer = setTimeout(() => setResting(value), ms)
    return () => clearTimeout(timer)
  }, [value, resting, ms])
  return resting
}
