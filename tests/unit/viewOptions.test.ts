import { describe, expect, it } from 'vitest'
import { normaliseHexColour, parseOrigin, readViewOptions } from '../../src/embed/viewOptions'

const read = (search: string, forceEmbed = false) =>
  readViewOptions(search, { forceEmbed, randomId: () => 'random-id' })

describe('readViewOptions', () => {
  it('reads a plain page address as the full view with every panel and no warnings', () => {
    const o = read('')
    expect(o.embed).toBe(false)
    expect([...o.panels]).toEqual(['detail', 'quotes', 'legend', 'controls'])
    expect(o).toMatchObject({ theme: null, accent: null, zone: null, parentOrigin: null })
    expect(o.warnings).toEqual([])
  })

  it('turns embed mode on with embed=1 or on the embed page, leaving the switches out', () => {
    expect(read('?embed=1').embed).toBe(true)
    expect(read('?embed=0').embed).toBe(false)
    const forced = read('', true)
    expect(forced.embed).toBe(true)
    expect([...forced.panels]).toEqual(['detail', 'quotes', 'legend'])
  })

  it('keeps a valid embedId and otherwise makes one up, naming the bad value', () => {
    expect(read('?embedId=story-1').embedId).toBe('story-1')
    const bad = read('?embedId=%3Cscript%3E')
    expect(bad.embedId).toBe('random-id')
    expect(bad.warnings[0]).toMatch(/^Ignored embedId=<script>/)
  })

  it('accepts a theme, an accent and a zone, and names each value it cannot use', () => {
    const good = read('?theme=dark&accent=C8102E&zone=utc')
    expect(good).toMatchObject({ theme: 'dark', accent: '#c8102e', zone: 'utc', warnings: [] })
    const bad = read('?theme=sepia&accent=red&zone=mars')
    expect(bad).toMatchObject({ theme: null, accent: null, zone: null })
    expect(bad.warnings).toHaveLength(3)
    expect(bad.warnings.join(' ')).toMatch(/theme=sepia.*light, dark or auto/)
  })

  it('shows only the panels asked for, none with panels=none, and warns about unknown ones', () => {
    expect([...read('?embed=1&panels=quotes').panels]).toEqual(['quotes'])
    expect([...read('?embed=1&panels=none').panels]).toEqual([])
    const odd = read('?embed=1&panels=quotes,map')
    expect([...odd.panels]).toEqual(['quotes'])
    expect(odd.warnings[0]).toMatch(/panels=map/)
  })

  it('takes parentOrigin only as an http(s) origin', () => {
    expect(read('?parentOrigin=https://news.example').parentOrigin).toBe('https://news.example')
    expect(read('?parentOrigin=https://news.example/').parentOrigin).toBe('https://news.example')
    for (const bad of ['javascript:alert(1)', 'https://news.example/article', '*', 'null']) {
      const o = read(`?parentOrigin=${encodeURIComponent(bad)}`)
      expect(o.parentOrigin).toBeNull()
      expect(o.warnings).toHaveLength(1)
    }
  })
})

describe('colour and origin helpers', () => {
  it('normaliseHexColour expands short forms and refuses names and CSS', () => {
    expect(normaliseHexColour('#ABC')).toBe('#aabbcc')
    expect(normaliseHexColour('1d4ed8')).toBe('#1d4ed8')
    expect(normaliseHexColour('red')).toBeNull()
    expect(normaliseHexColour('#12345')).toBeNull()
    expect(normaliseHexColour('#fff;background:url(x)')).toBeNull()
  })

  it('parseOrigin refuses other schemes', () => {
    expect(parseOrigin('http://127.0.0.1:4317')).toBe('http://127.0.0.1:4317')
    expect(parseOrigin('data:text/html,x')).toBeNull()
  })
})
