import { embedSnippet, standaloneSnippet } from '../../embed/embedSnippet'
import type { StudioServices } from '../../studio/services'

// The readers (zod, d3-dsv) and the summit load when the producer first opens or pastes something.
const loadDraftInput = () => import('../../data-io/draftInput')

/** The frame's height before embed.js sizes it (the standalone page keeps it). */
const HEIGHT_PX = 640

/** The studio's services, made of data-io and embed (the studio imports neither). */
export const studioServices: StudioServices = {
  readInput: async (text, hint) => (await loadDraftInput()).readDraftInput(text, hint ?? {}),
  templateCsv: async () => (await loadDraftInput()).templateCsv(),
  summitRaw: async () => (await import('../../data-io/summit.json')).default,
  standalonePage: async (documentJson, options) => {
    const { buildStandalonePage, fetchEmbedTemplate } = await import('../../embed/standalonePage')
    return buildStandalonePage(await fetchEmbedTemplate(), documentJson, options)
  },
  jsonSnippet: (src, title) =>
    embedSnippet({
      // studio.html sits beside index.html and embed.html: this folder is the app's.
      appBase: new URL('.', window.location.href).href,
      src,
      theme: 'light',
      heightPx: HEIGHT_PX,
      hash: '',
      title,
      embedId: `quoteline-${Math.random().toString(36).slice(2, 8)}`,
    }),
  standaloneSnippet: (pageUrl, title) => standaloneSnippet(pageUrl, title, HEIGHT_PX),
}
