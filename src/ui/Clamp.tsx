import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

interface Props {
  /** The whole text: its length decides whether it may be cut. */
  text: string
  /** A quote's words are a blockquote; other text a paragraph. */
  quote?: boolean
  className: string
  /** A search's words: while there are any, never cut (its matches must show where they are). */
  whole?: string
  /** What to draw (the text with its search matches, a label before it…); the text by default. */
  children?: ReactNode
}

/**
 * Long text (over 600 characters) drawn cut to eight lines (`.clamp`, CSS line-clamp) with a
 * "Show all" toggle. The cut is only drawn: the whole text stays in the page, for screen readers,
 * copying and find in page. The toggle shows while the cut hides something at this width (a
 * wide column may hold 600 characters in eight lines); short text never gets one.
 */
export function Clamp({ text, quote, className, whole, children = text }: Props) {
  const [open, setOpen] = useState(false)
  const [cut, setCut] = useState(true)
  const ref = useRef<HTMLQuoteElement & HTMLParagraphElement>(null)
  const long = text.length > 600 && !whole
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || !long || open || typeof ResizeObserver != 'function') return
    // Without a ResizeObserver (jsdom) the toggle stays. A hidden panel measures nothing cut,
    // and is measured again when it shows (its size changes).
    const measure = () => setCut(el.scrollHeight > el.clientHeight)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [long, open])
  const Tag = quote ? 'blockquote' : 'p'
  return (
    <>
      <Tag ref={ref} className={long && !open ? `clamp ${className}` : className}>
        {children}
      </Tag>
      {long && cut ? (
        <button
          type="button"
          className="quote-action w-max"
          aria-expanded={open}
          // Inside a quote card a click also selects the quote: the toggle only shows the text.
          onClick={(e) => {
            e.stopPropagation()
            setOpen(!open)
          }}
        >
          {open ? 'Show less' : 'Show all'}
        </button>
      ) : null}
    </>
  )
}
