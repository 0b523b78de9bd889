import type { EventMedia as Media } from '../domain/types'

/**
 * The document's own address, against which a relative image path is read: the `?src=` document,
 * or this page for the built-in and opened ones.
 */
function documentBase(): string {
  const here = window.location.href
  try {
    const src = new URLSearchParams(window.location.search).get('src')
    return src ? new URL(src, here).href : here
  } catch {
    return here
  }
}

/** The image's address, or null when it resolves to anything but https (or this page's origin). */
function imageUrl(src: string): string | null {
  try {
    const url = new URL(src, documentBase())
    return url.protocol === 'https:' || url.origin === window.location.origin ? url.href : null
  } catch {
    return null
  }
}

/**
 * An event's one image, with its caption and credit. It is rendered only for the event being
 * read, so no host is asked for anything until the reader opens that event; it never grows
 * wider than the panel nor taller than half the screen.
 */
export function EventMedia({ media }: { media: Media }) {
  const src = imageUrl(media.src)
  if (!src) return null
  return (
    <figure className="m-0 flex flex-col gap-1">
      <img
        src={src}
        alt={media.alt}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className="block h-auto max-h-[50vh] w-auto max-w-full rounded-md object-contain"
      />
      {media.caption || media.credit ? (
        <figcaption className="text-xs leading-5 text-muted">
          {media.caption}
          {media.caption && media.credit ? ' ' : null}
          {media.credit ? <span>Credit: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
