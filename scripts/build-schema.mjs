// Writes public/schema/quoteline-1.json (copied by Vite to dist/schema/) from the zod schema.
// tests/unit/jsonSchema.test.ts fails whenever the committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { runnerImport } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { module } = await runnerImport(join(root, 'src/domain/publishedSchema.ts'))
const file = join(root, 'public', module.SCHEMA_FILE)
mkdirSync(dirname(file), { recursive: true })
// Written as Prettier would write it, so `npm run format:check` stays clean.
const options = { ...(await resolveConfig(file)), filepath: file }
writeFileSync(file, await format(JSON.stringify(module.buildJsonSchema()), options))
console.log(`wrote ${file}`)
