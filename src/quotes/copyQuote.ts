// What the copy buttons need, loaded on the first copy rather than before the timeline is ready.
export { copyText } from '../lib/clipboard'
export { fullViewUrl } from '../lib/fullViewUrl'
export { formatQuoteForCopy, quotePermalink } from './formatAttribution'
