import { memoizeLast } from './memoizeLast'

/**
 * One cache per first argument (a document, a list), held in a WeakMap: two timelines on one page
 * each keep their own results instead of evicting each other's, and a key nobody holds any more
 * is collected with its cache. The other arguments are remembered last-value-only, per key.
 */
export function memoizePerKey<K extends object, A extends readonly unknown[], R>(
  fn: (key: K, ...rest: A) => R,
): (key: K, ...rest: A) => R {
  const perKey = new WeakMap<K, (...rest: A) => R>()
  return (key: K, ...rest: A): R => {
    let cached = perKey.get(key)
    if (!cached) {
      cached = memoizeLast((...r: A) => fn(key, ...r))
      perKey.set(key, cached)
    }
    return cached(...rest)
  }
}
