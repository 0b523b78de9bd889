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

const IMAGE_STYLE = {
  display: 'block',
  width: 'auto',
  height: 'auto',
  maxWidth: '100%',
  maxHeight: '50vh',
  objectFit: 'contain',
  borderRadius: '0.375rem',
} as const

/**
 * An event's one image, with its caption and credit. It is rendered only for the event being
 * read, so no host is asked for anything until the reader opens that event; it never grows
 * wider than the panel nor taller than half the screen.
 */
export default function EventMedia({ media }: { media: Media }) {
  const src = imageUrl(media.src)
  if (!src) return null
  return (
    // Inline styles: this component loads on demand, and its look must not cost the first screen.
    <figure style={{ margin: 0 }}>
      <img
        src={src}
        alt={media.alt}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        style={IMAGE_STYLE}
      />
      {media.caption || media.credit ? (
        <figcaption style={{ fontSize: '0.75rem', lineHeight: 1.6, color: 'var(--muted)' }}>
          {media.caption}
          {media.caption && media.credit ? ' ' : null}
          {media.credit ? <span>Credit: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
