import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../src/data-io/jsonSyntax'
import { readDocument } from '../../src/data-io/readDocument'

describe('findJsonSyntaxError: the same place and words in every browser', () => {
  it('finds a trailing comma, with its line, column and the text around it', () => {
    const text = '{\n  "events": [\n    { "id": "a" },\n  ]\n}'
    expect(findJsonSyntaxError(text)).toEqual({
      line: 4,
      column: 3,
      problem: 'a comma with nothing after it (a trailing comma)',
      near: ']',
    })
  })

  it('finds two commas in a row in an object and in a list', () => {
    expect(findJsonSyntaxError('{"title": "Vote",, "events": []}')).toMatchObject({
      line: 1,
      column: 18,
      problem: 'two commas in a row',
      near: '{"title": "Vote",, "events": []}',
    })
    expect(findJsonSyntaxError('[1,,2]')).toMatchObject({
      column: 4,
      problem: 'two commas in a row',
    })
  })

  it('finds a missing comma, a missing colon, single quotes and an unclosed text', () => {
    expect(findJsonSyntaxError('{"a": 1\n "b": 2}')?.problem).toBe(
      'expected a comma or “}”, found “"” (a missing comma?)',
    )
    expect(findJsonSyntaxError('{"a" 1}')?.problem).toBe('expected “:” after the name, found “1”')
    expect(findJsonSyntaxError("{'a': 1}")?.problem).toBe('expected a "quoted" name, found “\'”')
    expect(findJsonSyntaxError('{"a": "open}')).toMatchObject({
      column: 7,
      problem: 'this text has no closing quote',
    })
    expect(findJsonSyntaxError('{"a": [1, 2')?.problem).toBe(
      'expected a comma or “]”, found the end of the text (a missing comma?)',
    )
  })

  it('shortens a long line to the words around the error', () => {
    const long = `{"title": "${'x'.repeat(80)}",, "events": []}`
    const found = findJsonSyntaxError(long)!
    expect(found.near).toMatch(/^….{20,}"events": \[\]}$/)
    expect(found.near.length).toBeLessThan(70)
  })

  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"]}')).toBeNull()
  })

  it('puts the place in the message a reader sees', async () => {
    const outcome = await readDocument('{\n  "events": [],\n}', { where: 'the pasted text' })
    expect(outcome).toEqual({
      ok: false,
      code: 'not-json',
      message:
        'The pasted text is not valid JSON, so it cannot be read as a timeline. Line 3, column 1: a comma with nothing after it (a trailing comma), near “}”.',
    })
  })
})
