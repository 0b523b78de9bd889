/**
 * On a page with `?src=`, the reader's code (loader, validator, loading screen) is evaluated
 * before the app's first render instead of after it. index.html has already started downloading
 * it beside the document: the build writes there the chunks of exactly the modules imported
 * below (vite.config.ts reads them from this file's imports), so this is the one list of them.
 */
export function preloadReader(search: string): void {
  if (!new URLSearchParams(search).has('src')) return
  void import('../data-io/loadFromUrl').catch(() => {})
  void import('../domain/parseTimeline').catch(() => {})
  void import('./Loading').catch(() => {})
}
