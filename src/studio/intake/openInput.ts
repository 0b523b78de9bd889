import type { Problem } from '../../domain/types'
import { fromRaw } from '../content'
import { emptyContent, type DraftContent } from '../model'
import type { InputFormat, StudioServices } from '../services'

/** A draft to start: its content, a name for the drafts list, and what reading it found. */
export interface DraftStart {
  content: DraftContent
  name: string
  /** Problems found reading a file (CSV lines, TimelineJS paths); the forms show the rest. */
  problems: Problem[]
  from: 'empty' | 'example' | InputFormat
}

const MAX_MB = 128

const titleOf = (raw: unknown): string | null => {
  const title = (raw as { title?: unknown } | null)?.title
  return typeof title === 'string' && title.trim() ? title.trim() : null
}

/** A new empty draft. */
export const startEmpty = (): DraftStart => ({
  content: emptyContent(),
  name: 'Untitled timeline',
  problems: [],
  from: 'empty',
})

/** The built-in summit, as written, to try the studio on. */
export async function startExample(
  services: Pick<StudioServices, 'summitRaw'>,
): Promise<DraftStart> {
  const raw = await services.summitRaw()
  return {
    content: fromRaw(raw),
    name: titleOf(raw) ?? 'Example',
    problems: [],
    from: 'example',
  }
}

/** A file read into a draft, or a message in plain words saying why it cannot be. */
export async function startFromFile(
  file: File,
  services: Pick<StudioServices, 'readInput'>,
): Promise<DraftStart | { message: string }> {
  if (file.size > MAX_MB * 1024 * 1024) {
    return { message: `“${file.name}” is larger than ${MAX_MB} MB and was not opened.` }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { message: `The browser could not read “${file.name}”.` }
  }
  const read = await services.readInput(text, { name: file.name, type: file.type })
  if (!read.ok) return { message: `“${file.name}” cannot be opened. ${read.message}` }
  return {
    content: fromRaw(read.raw),
    name: titleOf(read.raw) ?? file.name.replace(/\.[a-z]+$/i, ''),
    problems: read.problems,
    from: read.format,
  }
}
