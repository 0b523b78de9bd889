import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { defineConfig, type ViteUserConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

/**
 * Four builds share dist/ (npm run build runs them in turn):
 * - the app (default mode): index.html with module scripts and chunks loaded on demand;
 * - `--mode embed`: embed.html with every script and style inline, because a sandboxed iframe has
 *   an opaque origin and may not load module scripts from a server that sends no CORS headers;
 * - `--mode host`: embed.js, the dependency-free host-page script, as one classic script;
 * - `--mode studio`: studio.html, the editor, a build of its own so that the reader's page
 *   shares no chunk with it and loads not one byte more.
 */

/** Moves the embed page's script and stylesheet into the HTML itself. */
function inlineIntoHtml(): Plugin {
  return {
    name: 'quoteline-inline-into-html',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own generateBundle hooks, which fill in each import()'s list of files to
      // preload: taken before that, the inlined code still says __VITE_PRELOAD__ and every
      // import() in the page throws (`?src=`, the host-page bridge, reading a pasted document).
      order: 'post',
      handler(_, bundle) {
        for (const html of Object.values(bundle)) {
          if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue
          let text = String(html.source)
          const hashes: string[] = []
          for (const [name, item] of Object.entries(bundle)) {
            const ref = new RegExp(`<(script|link)[^>]*(src|href)="\\./${name}"[^>]*>(</script>)?`)
            if (!ref.test(text)) continue
            const body = item.type === 'chunk' ? item.code : String(item.source)
            // "</" could end the element early; the built code must never contain it.
            if (/<\/(script|style)/i.test(body)) throw new Error(`${name} contains a closing tag`)
            const inline = name.endsWith('.css')
              ? `<style>${body}</style>`
              : `<script type="module">${body}</script>`
            text = text.replace(ref, () => inline)
            const digest = createHash('sha256').update(body).digest('base64')
            hashes.push(`${name.endsWith('.css') ? 'style' : 'script'}-src 'sha256-${digest}'`)
            delete bundle[name]
          }
          html.source = text
          // For hosts that serve the embed page with a Content-Security-Policy (docs/embedding.md).
          this.emitFile({
            type: 'asset',
            fileName: html.fileName.replace(/\.html$/, '.csp.txt'),
            source: `${hashes.sort().join('; ')}\n`,
          })
        }
      },
    },
  }
}

/** The modules a `?src=` read needs are those this file imports on demand. */
const READER_LIST = fileURLToPath(new URL('./src/app/preloadReader.ts', import.meta.url))

/** Adds `from`, and all that `next` leads to from it, to `into`; stops at what `skip` holds. */
function reach(
  from: string,
  next: (id: string) => readonly string[] | undefined,
  into: Set<string>,
  skip?: Set<string>,
) {
  if (into.has(from) || skip?.has(from)) return
  into.add(from)
  next(from)?.forEach((id) => reach(id, next, into, skip))
}

/**
 * Puts our own modules on a `?src=` read's path (the loader, the reader and the loading screen,
 * less what the entry already holds) in one chunk, `reader`. Left to itself the bundler cut them
 * into six chunks of a few hundred bytes each, shared in different ways: a `?src=` page waited on
 * seven requests where two will do, and each chunk's name sat in the entry. The modules are those
 * src/app/preloadReader.ts imports on demand, and what they import; the validator keeps a chunk
 * of its own (the file and paste readers load it too).
 */
function groupReaderChunk(): Plugin {
  let reader = new Set<string>()
  return {
    name: 'quoteline-reader-chunk',
    apply: 'build',
    buildEnd() {
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds
      const early = new Set<string>()
      for (const id of this.getModuleIds()) {
        if (this.getModuleInfo(id)?.isEntry) reach(id, imports, early)
      }
      const roots = this.getModuleInfo(READER_LIST)?.dynamicallyImportedIds ?? []
      const all = new Set<string>()
      roots.forEach((id) => reach(id, imports, all))
      // A root that the path itself imports on demand (the validator, from readDocument) is a
      // boundary the code drew on purpose: it keeps its own chunk.
      const drawn = new Set(
        [...all].flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []),
      )
      const late = new Set<string>()
      roots.filter((id) => !drawn.has(id)).forEach((id) => reach(id, imports, late))
      reader = new Set([...late].filter((id) => !early.has(id) && !id.includes('node_modules')))
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          // Only what the group names: its imports stay where they are (most are in the entry).
          includeDependenciesRecursively: false,
          groups: [{ name: 'reader', test: (id: string) => reader.has(id) }],
        },
      }
    },
  }
}

/**
 * Writes into index.html the chunks that open a `?src=` document (the loader, the validator and
 * the loading screen), so that its inline script can preload them beside the document. They are
 * the modules that src/app/preloadReader.ts imports on demand: that file is the one list. The
 * placeholder stays in dev, where there are no chunks, and the script skips it.
 */
function nameLoaderChunks(): Plugin {
  const PLACEHOLDER = "['quoteline:loader-chunks']"
  let loader = new Set<string>()
  return {
    name: 'quoteline-loader-chunks',
    apply: 'build',
    buildEnd() {
      loader = new Set(this.getModuleInfo(READER_LIST)?.dynamicallyImportedIds)
      if (loader.size === 0) throw new Error(`${READER_LIST} imports no module on demand`)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle || !html.includes(PLACEHOLDER)) return html
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
        const byName = new Map(chunks.map((c) => [c.fileName, c]))
        // Every chunk a chunk imports statically.
        const imports = (name: string) => byName.get(name)?.imports
        // The entry and what it imports statically load anyway (links of their own).
        const early = new Set<string>()
        for (const c of chunks) if (c.isEntry) reach(c.fileName, imports, early)
        const files = new Set<string>()
        for (const c of chunks) {
          if (c.moduleIds.some((id) => loader.has(id))) reach(c.fileName, imports, files, early)
        }
        if (files.size === 0) throw new Error('index.html: no chunk holds the document loader')
        return html.replace(PLACEHOLDER, JSON.stringify([...files].map((f) => `./${f}`)))
      },
    },
  }
}

/**
 * Moves the entry's tags (its module script, preloads and stylesheet) out of index.html's head
 * into its inline script, which writes them only when the page does not forward to embed.html
 * (`?embed=1`). As static tags the preload scanner fetched them before the forward, and in a
 * sandboxed cross-origin frame each fetch logged a CORS error. The tags stay literal text, so
 * scripts/bundle-size.mjs still finds what loads before ready.
 */
function entryTagsUnlessForwarding(): Plugin {
  const PLACEHOLDER = "['quoteline:entry-tags']"
  const TAG =
    /\s*<(?:script type="module"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*>)/g
  return {
    name: 'quoteline-entry-tags',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(PLACEHOLDER)) return html
        const tags = (html.match(TAG) ?? []).map((t) => t.trim())
        if (!tags.some((t) => t.startsWith('<script')))
          throw new Error('index.html: no entry script')
        // Single-quoted strings keep the attributes' double quotes as they are; "</" would end
        // the inline script early.
        const list = tags.map((t) => {
          if (t.includes("'")) throw new Error(`index.html: a quote in ${t}`)
          return `'${t.replace(/<\//g, '<\\/')}'`
        })
        return html.replace(TAG, '').replace(PLACEHOLDER, `[${list.join(', ')}]`)
      },
    },
  }
}

const test: ViteUserConfig['test'] = {
  environment: 'jsdom',
  include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
  setupFiles: ['tests/setup.ts'],
  css: false,
  // Generous: a 2-core machine running the browser tests beside these can be slow to start ESLint
  // or render the whole summit. Nothing here measures time.
  testTimeout: 20_000,
}

// Relative asset paths: dist/ works from any sub-folder of any static host.
export default defineConfig(({ command, mode }) => {
  // Read by tailwind.config.js: the reader's pages get no class that only the studio uses.
  process.env.QUOTELINE_CSS = command === 'build' && mode !== 'studio' ? 'reader' : 'all'
  if (mode === 'host') {
    return {
      publicDir: false,
      build: {
        target: 'es2018',
        emptyOutDir: false,
        copyPublicDir: false,
        lib: {
          entry: 'src/host/embed.ts',
          name: 'QuotelineHost',
          formats: ['iife'],
          fileName: () => 'embed.js',
        },
      },
    }
  }
  if (mode === 'studio') {
    return {
      base: './',
      plugins: [react(), tailwindcss()],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        copyPublicDir: false,
        // A folder of its own: the reader's assets/ (and the size count of them) stay as they were.
        assetsDir: 'studio-assets',
        // A producer's tool, loaded once and kept: one chunk of about 600 KB (190 KB gzipped) is
        // the expected size, not a warning.
        chunkSizeWarningLimit: 800,
        modulePreload: { polyfill: false },
        rollupOptions: { input: 'studio.html' },
      },
    }
  }
  if (mode === 'embed') {
    return {
      base: './',
      plugins: [react(), tailwindcss(), inlineIntoHtml()],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        copyPublicDir: false,
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        rolldownOptions: { input: 'embed.html', output: { codeSplitting: false } },
      },
    }
  }
  return {
    base: './',
    plugins: [
      react(),
      tailwindcss(),
      groupReaderChunk(),
      nameLoaderChunks(),
      entryTagsUnlessForwarding(),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      // Browsers that cannot preload modules load them all the same, only later: the polyfill
      // would add 0.4 KB to what every reader loads before the timeline is ready.
      modulePreload: { polyfill: false },
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    test,
  }
})
