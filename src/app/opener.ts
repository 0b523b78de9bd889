import { createOpener } from '../documents/openDocument'

// data-io's readers load when a reader first reaches for them (see Readers).
const loadReadFile = () => import('../data-io/readFile')

/**
 * Opening documents (the documents feature) with data-io's readers: the app composes the two.
 * Loaded on demand, by the first drop or paste, or with the producer menu; the module itself is
 * an Opener.
 */
export const { preloadReaders, openFile, openText } = createOpener({
  readFile: async (file) => (await loadReadFile()).readFile(file),
  readText: async (text) =>
    (await import('../data-io/readDocument')).readDocument(text, { where: 'the pasted text' }),
  preload: loadReadFile,
})
