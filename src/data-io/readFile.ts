import type { ReadOutcome } from '../domain/types'
import { readDocument } from './readDocument'

const MAX_MB = 128

/** Reads a file the reader chose or dropped; too large a file is refused before it is read. */
export async function readFile(file: File): Promise<ReadOutcome> {
  const where = `the file “${file.name}”`
  if (file.size > MAX_MB * 1024 * 1024) {
    return {
      ok: false,
      code: 'too-large',
      message: `The file “${file.name}” is larger than ${MAX_MB} MB and was not opened. Split it into smaller documents.`,
    }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, code: 'unreadable', message: `The browser could not read ${where}.` }
  }
  return readDocument(text, { name: file.name, contentType: file.type, where })
}
