// The tab's title when no document is drawn, in a module of their own so that only the loading
// and failure screens (loaded on demand) carry them; the document's own is documentTitle().

/** While a `?src=` document loads (index.html sets it too, before any script runs). */
export const LOADING_TITLE = 'Loading… · Quoteline'
/** When no document could be shown. */
export const FAILED_TITLE = 'Could not load the timeline · Quoteline'
