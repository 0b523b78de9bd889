/**
 * A file name from a title: "Trump and Putin in Alaska" → "trump-and-putin-in-alaska". Only
 * a-z, 0-9 and dashes survive, so bidi controls and path characters never reach a file name;
 * never empty (`fallback` when no such character is left). Also makes ids from names.
 */
export function fileStem(title: string, fallback = 'timeline'): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return stem || fallback
}
