/**
 * The line on which each CSV record starts, so that problems can name the line a reader sees in
 * a text editor even when a quoted cell holds line breaks. It follows the same rules as
 * d3-dsv's parser (RFC 4180 quoting; \n, \r\n or \r end a record; one final line break ignored).
 */
export function recordLines(text: string): number[] {
  const starts = [1]
  let line = 1
  let inQuotes = false
  let end = text.length
  if (text.endsWith('\n')) end--
  if (text.charAt(end - 1) === '\r') end--
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 34)
      inQuotes = !inQuotes // a doubled "" toggles twice: no change
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      line++
      if (!inQuotes) starts.push(line)
    }
  }
  return starts
}
