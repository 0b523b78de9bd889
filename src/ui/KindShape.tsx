import type { CSSProperties } from 'react'
import { kindShapePath } from '../domain/kinds'

/**
 * A kind's marker: its shape filled with its colour (`--mark`), or hollow and dashed when the
 * time is approximate. The halo path draws the selection ring around the same shape.
 */
export function KindShape({
  kind,
  path,
  className,
  style,
}: {
  kind: string
  /** The document's symbol for this kind (`kindStyles`); without it, the summit's or neutral. */
  path?: string
  className: string
  style?: CSSProperties
}) {
  const d = path ?? kindShapePath(kind)
  return (
    <svg
      className={`kind-shape ${className}`}
      viewBox="0 0 16 16"
      style={style}
      aria-hidden="true"
      focusable="false"
    >
      <path className="kind-shape-halo" d={d} />
      <path className="kind-shape-body" d={d} />
    </svg>
  )
}
