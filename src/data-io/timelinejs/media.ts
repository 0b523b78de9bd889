import type { Problem } from '../../domain/types'
import { isHttpUrl } from '../../domain/urls'
import { htmlToText } from './htmlToText'
import { isRecord } from '../../domain/isRecord'

type Raw = Record<string, unknown>
const warn = (path: string, message: string): Problem => ({ path, message, severity: 'warning' })

/** What a TimelineJS import gathers about media and backgrounds as it reads the slides. */
export interface MediaCtx {
  problems: Problem[]
  /** Media kept as links (sources), and media and backgrounds that could not be kept. */
  sources: Raw[]
  mediaDropped: number
  backgrounds: number
}

/**
 * TimelineJS media have no alt text, and we never invent one (a caption says something else):
 * a media link is kept as a source of its event, never shown as an image.
 */
export function keepMedia(media: unknown, ctx: MediaCtx): string | null {
  if (!isRecord(media)) return null
  const url = typeof media.url === 'string' ? media.url.trim() : ''
  if (!isHttpUrl(url)) {
    if (media.url !== undefined) ctx.mediaDropped++
    return null
  }
  const id = `media-${ctx.sources.length + 1}`
  const words = [media.caption, media.credit].map((v) =>
    typeof v === 'string' ? htmlToText(v) : '',
  )
  const title = words.filter(Boolean).join(' · ').slice(0, 300) || 'Media (no alt text)'
  ctx.sources.push({ id, title: `Media: ${title}`, url })
  return id
}

/** One warning for all the slides' media, one for their backgrounds. */
export function summariseMedia(ctx: MediaCtx): void {
  const kept = ctx.sources.length
  if (kept + ctx.mediaDropped > 0) {
    const links =
      kept === 1 ? 'One image or other media link is' : `${kept} images or other media links are`
    const dropped = ctx.mediaDropped
      ? ` ${ctx.mediaDropped} more, not http(s) links, are dropped.`
      : ''
    ctx.problems.push(
      warn(
        '$',
        `${kept ? `${links} kept as links among the events' sources, not shown: TimelineJS gives images no alt text, and Quoteline does not invent it. To show an image, give its event "media" with "src" and "alt".` : ''}${dropped}`.trim(),
      ),
    )
  }
  if (ctx.backgrounds > 0) {
    const n = ctx.backgrounds
    ctx.problems.push(
      warn(
        '$',
        `${n === 1 ? 'One slide background is' : `${n} slide backgrounds are`} not used by Quoteline; not imported.`,
      ),
    )
  }
}
