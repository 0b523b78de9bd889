/**
 * Where a JSON text first breaks the grammar, found by our own small scanner: JSON.parse's
 * messages and positions differ from one engine to the next, and a producer needs the same line,
 * column and words around the error in every browser. It runs only after JSON.parse has failed.
 */

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  line: number
  column: number
  /** What is wrong, in words. */
  problem: string
  /** The text around the error, on its line. */
  near: string
}

class Stop {
  constructor(
    readonly at: number,
    readonly problem: string,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** A character as words: "a comma", "the end of the text", "“x”". */
function shown(c: string | undefined): string {
  if (c === undefined) return 'the end of the text'
  return c === ',' ? 'a comma' : `“${c}”`
}

class Scanner {
  i = 0
  constructor(readonly text: string) {}

  skip(): void {
    while (WS.has(this.text.charAt(this.i))) this.i++
  }

  value(depth: number): void {
    if (depth > 500) throw new Stop(this.i, 'the lists and objects nest too deeply')
    this.skip()
    const c = this.text[this.i]
    if (c === '{') return this.object(depth)
    if (c === '[') return this.array(depth)
    if (c === '"') return this.string()
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length
        return
      }
    }
    NUMBER.lastIndex = this.i
    if (NUMBER.exec(this.text)) {
      this.i = NUMBER.lastIndex
      return
    }
    if (c === "'") throw new Stop(this.i, 'text must be in double quotes (") in JSON')
    throw new Stop(this.i, `expected a value, found ${shown(c)}`)
  }

  object(depth: number): void {
    this.i++
    this.skip()
    if (this.text[this.i] === '}') return void this.i++
    for (;;) {
      this.skip()
      const c = this.text[this.i]
      if (c === '}') throw new Stop(this.i, 'a comma with nothing after it (a trailing comma)')
      if (c !== '"') {
        const what =
          c === ',' ? 'two commas in a row' : `expected a "quoted" name, found ${shown(c)}`
        throw new Stop(this.i, what)
      }
      this.string()
      this.skip()
      if (this.text[this.i] !== ':') {
        throw new Stop(this.i, `expected “:” after the name, found ${shown(this.text[this.i])}`)
      }
      this.i++
      this.value(depth + 1)
      this.skip()
      const next = this.text[this.i]
      if (next === '}') return void this.i++
      if (next !== ',') {
        throw new Stop(this.i, `expected a comma or “}”, found ${shown(next)} (a missing comma?)`)
      }
      this.i++
    }
  }

  array(depth: number): void {
    this.i++
    this.skip()
    if (this.text[this.i] === ']') return void this.i++
    for (;;) {
      this.skip()
      const c = this.text[this.i]
      if (c === ']') throw new Stop(this.i, 'a comma with nothing after it (a trailing comma)')
      if (c === ',') throw new Stop(this.i, 'two commas in a row')
      this.value(depth + 1)
      this.skip()
      const next = this.text[this.i]
      if (next === ']') return void this.i++
      if (next !== ',') {
        throw new Stop(this.i, `expected a comma or “]”, found ${shown(next)} (a missing comma?)`)
      }
      this.i++
    }
  }

  string(): void {
    const start = this.i
    this.i++
    for (;;) {
      const c = this.text[this.i]
      if (c === undefined || c === '\n') throw new Stop(start, 'this text has no closing quote')
      if (c === '"') return void this.i++
      if (c === '\\') {
        const e = this.text.charAt(this.i + 1)
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
          this.i += 6
          continue
        }
        if (!ESCAPES.has(e)) throw new Stop(this.i, `“\\${e}” is not a JSON escape`)
        this.i += 2
        continue
      }
      if (c < ' ') throw new Stop(this.i, 'a control character (such as a tab) inside text')
      this.i++
    }
  }
}

/** The first syntax error in `text`, or null when the scanner finds none. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const s = new Scanner(text.replace(/^\uFEFF/, ''))
  let stop: Stop | null = null
  try {
    s.value(0)
    s.skip()
    if (s.i < s.text.length) stop = new Stop(s.i, 'more text after the end of the document')
  } catch (err) {
    if (!(err instanceof Stop)) return null
    stop = err
  }
  if (!stop) return null
  const before = s.text.slice(0, stop.at)
  const line = before.split('\n').length
  const lineStart = before.lastIndexOf('\n') + 1
  const lineEnd = s.text.indexOf('\n', stop.at)
  const whole = s.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '')
  const column = stop.at - lineStart + 1
  const from = Math.max(0, column - 1 - 30)
  const near = `${from > 0 ? '…' : ''}${whole.slice(from, column - 1 + 30).trim()}${column - 1 + 30 < whole.length ? '…' : ''}`
  return { line, column, problem: stop.problem, near }
}
