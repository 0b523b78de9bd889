import { describe, expect, it } from 'vitest'
import { embedSnippet, embedUrl, SANDBOX } from '../../src/embed/embedSnippet'
import { fullViewUrl } from '../../src/lib/fullViewUrl'

const base = {
  appBase: 'https://news.example/timeline/',
  src: null,
  theme: 'light' as const,
  heightPx: 640,
  hash: '#event=putin-lands',
  title: 'Trump and Putin in Alaska',
  embedId: 'quoteline-abc',
}

describe('embedSnippet', () => {
  it('points the iframe at embed.html with the embedId, theme and selection', () => {
    expect(embedUrl(base)).toBe(
      'https://news.example/timeline/embed.html?embedId=quoteline-abc#event=putin-lands',
    )
    const url = new URL(embedUrl({ ...base, theme: 'dark', src: 'https://data.example/a b.json' }))
    expect(url.searchParams.get('theme')).toBe('dark')
    expect(url.searchParams.get('src')).toBe('https://data.example/a b.json')
  })

  it('writes a sandboxed iframe with a title, the height, and the host script once', () => {
    const html = embedSnippet(base)
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const frame = doc.querySelector('iframe')
    expect(frame?.getAttribute('sandbox')).toBe(SANDBOX)
    expect(frame?.getAttribute('title')).toBe('Timeline: Trump and Putin in Alaska')
    expect(frame?.getAttribute('height')).toBe('640')
    expect(doc.querySelectorAll('script')).toHaveLength(1)
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(
      'https://news.example/timeline/embed.js',
    )
  })

  it('escapes a title that carries quotes and markup', () => {
    const html = embedSnippet({ ...base, title: '"Hi" <b onload=x>' })
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')
    expect(frame?.getAttribute('title')).toBe('Timeline: "Hi" <b onload=x>')
    expect(frame?.getAttributeNames().sort()).toEqual(
      ['allow', 'height', 'loading', 'sandbox', 'src', 'style', 'title', 'width'].sort(),
    )
  })
})

describe('fullViewUrl', () => {
  it('turns the embed page into the full view, keeping the document and dropping embed options', () => {
    expect(
      fullViewUrl(
        'https://news.example/timeline/embed.html?src=https%3A%2F%2Fd.example%2Fa.json&embedId=x&panels=quotes&theme=dark&embed=1#event=a',
        '#quote=q1',
      ),
    ).toBe(
      'https://news.example/timeline/index.html?src=https%3A%2F%2Fd.example%2Fa.json&theme=dark#quote=q1',
    )
  })

  it('leaves the full view as it is apart from the hash', () => {
    expect(fullViewUrl('https://news.example/timeline/', '')).toBe('https://news.example/timeline/')
  })
})
