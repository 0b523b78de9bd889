// quoteline/layers: which folders of src/ a file may import from, judged on where the import
// resolves rather than on how it is spelled, so that a nested folder (data-io/csv/) is held to
// its layer's rules and `../../app/App` from it is caught like `../app/App`. Dynamic import()
// counts too: a feature loading another on demand still depends on it.
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src')

/** The folder of src/ that `path` is in, or null outside src/ (a file directly in src/ too). */
function layerOf(path) {
  const parts = relative(SRC, path).split(sep)
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : null
}

const rule = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          /** Folders this layer may not import from. */
          forbid: { type: 'array', items: { type: 'string' } },
          /** Or: the only folders it may import from. */
          only: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['message'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { forbid = [], only = null, message } = context.options[0]
    const from = layerOf(context.filename)
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      if (!source.value.startsWith('.')) return
      const to = layerOf(resolve(dirname(context.filename), source.value))
      if (to === null || to === from) return
      if (forbid.includes(to) || (only && !only.includes(to))) {
        context.report({ node: source, message: `'${source.value}': ${message}` })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

export default { rules: { layers: rule } }
