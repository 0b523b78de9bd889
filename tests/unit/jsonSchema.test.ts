import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCHEMA_FILE, buildJsonSchema } from '../../src/domain/publishedSchema'

const committed = JSON.parse(readFileSync(`public/${SCHEMA_FILE}`, 'utf8')) as Record<
  string,
  unknown
>

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run node scripts/build-schema.mjs after a change)', () => {
    expect(committed).toEqual(buildJsonSchema())
  })

  it('ships next to the app, where the build copies public/', () => {
    expect(SCHEMA_FILE).toBe('schema/quoteline-1.json')
  })

  it('lets documents name it in "$schema" and requires events with id, kind, title and start', () => {
    const props = committed.properties as Record<string, { items?: Record<string, unknown> }>
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['$schema', 'version', 'events']))
    expect(committed.required).toEqual(['events'])
    expect(props.events?.items?.required).toEqual(['id', 'kind', 'title', 'start'])
  })

  it('checks times with the same pattern the parser uses', () => {
    const event = (committed.properties as Record<string, { items: { properties: object } }>)
      .events!.items.properties as Record<string, { pattern: string }>
    const pattern = new RegExp(event.start!.pattern)
    expect(pattern.test('2025-08-15T10:20:00-08:00')).toBe(true)
    expect(pattern.test('2025-08-15')).toBe(true)
    expect(pattern.test('2025-08-15T10:20:00')).toBe(false)
  })
})
