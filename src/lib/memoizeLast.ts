/** Remembers the last result; recomputes only when an argument changes identity. */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | null = null
  let lastResult: R
  return (...args: A): R => {
    if (
      lastArgs &&
      args.length === lastArgs.length &&
      args.every((a, i) => Object.is(a, lastArgs?.[i]))
    ) {
      return lastResult
    }
    lastResult = fn(...args)
    lastArgs = args
    return lastResult
  }
}
