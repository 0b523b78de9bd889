/**
 * Scrolls `container` so that `target` sits near its top. Unlike scrollIntoView this never
 * scrolls any outer page, which matters inside an embedding iframe.
 */
export function scrollWithin(container: HTMLElement, target: HTMLElement, smooth: boolean): void {
  const top =
    target.getBoundingClientRect().top -
    container.getBoundingClientRect().top +
    container.scrollTop -
    8
  if (typeof container.scrollTo === 'function') {
    container.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' })
  } else {
    container.scrollTop = Math.max(0, top)
  }
}
