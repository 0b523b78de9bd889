import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildStandalonePage,
  escapeJsonForScript,
  fetchEmbedTemplate,
} from '../../src/embed/standalonePage'

const TEMPLATE = [
  '<!doctype html><html><head>',
  '<meta name="description" content="The summit." />',
  '<title>Quoteline · embedded timeline</title>',
  // The page's own inline code may hold the root's text too: the document goes before the last.
  '<script type="module">const r = \'<div id="root"></div>\'</script>',
  '</head><body><div id="root"></div></body></html>',
].join('\n')

describe('the standalone embed page', () => {
  it('escapes the JSON so that no text can end its script, and JSON.parse reads it back', () => {
    const json = JSON.stringify({ t: 'a </script><!-- & \u2028\u2029 >' })
    const escaped = escapeJsonForScript(json)
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json))
  })

  it('writes the document before the page root, with its title and description escaped', () => {
    const html = buildStandalonePage(TEMPLATE, '{"title":"</script>"}', {
      title: 'Council <b>votes</b>',
      description: 'Say "yes" & go',
    })
    expect(html).toContain('<title>Council &lt;b&gt;votes&lt;/b&gt;</title>')
    expect(html).toContain('<meta name="description" content="Say &quot;yes&quot; &amp; go" />')
    expect(html).toContain(
      '<script type="application/json" id="quoteline-document">{"title":"\\u003c/script\\u003e"}</script>\n<div id="root"></div></body>',
    )
    expect(html).toContain('const r = \'<div id="root"></div>\'</script>')
    expect(html).not.toContain('data-full-view')
  })

  it('names the full view only when given an http(s) address', () => {
    const page = (fullViewUrl: string) =>
      buildStandalonePage(TEMPLATE, '{}', { title: 'T', fullViewUrl })
    expect(page('https://news.example/t/?a=1&b=2')).toContain(
      'data-full-view="https://news.example/t/?a=1&amp;b=2"',
    )
    expect(page('javascript:alert(1)')).not.toContain('data-full-view')
  })
})

describe('the embed page a standalone page is made from', () => {
  afterEach(() => vi.unstubAllGlobals())
  const serve = (html: string) => vi.stubGlobal('fetch', () => Promise.resolve(new Response(html)))

  it('is the built, self-contained page', async () => {
    serve(TEMPLATE)
    await expect(fetchEmbedTemplate()).resolves.toBe(TEMPLATE)
  })

  it('is refused when it loads its script from src/ (the dev server’s page)', async () => {
    serve('<body><div id="root"></div><script type="module" src="./src/embedMain.tsx"></script>')
    await expect(fetchEmbedTemplate()).rejects.toThrow('not the self-contained built page')
  })
})
