/**
 * The index a key moves to in a one-tab-stop group of `count` items (radio groups, toolbars):
 * arrows step and wrap, Home and End jump; null for any other key.
 */
export function rovingKey(key: string, at: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (at + 1 + count) % count
    case 'ArrowLeft':
    case 'ArrowUp':
      return (at - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
