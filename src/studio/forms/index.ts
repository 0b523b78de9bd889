/** The studio's forms: what the page root (src/app/studio/) composes beside the preview. */
export { Editor } from './Editor'
export { Outline } from './Outline'
