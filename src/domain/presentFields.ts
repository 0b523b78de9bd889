import type { z } from 'zod'
import { isRecord } from './isRecord'

/** Past this many different sets of fields, a document gets the whole schema (a hostile mix). */
const MAX_SHAPES = 64

/**
 * `schema.safeParse`, checking only the fields an object has and those it must have. zod runs
 * every field of a schema on every object, absent ones too, each with a result object of its
 * own; most events and quotes use a few of their many optional fields, and a document holds
 * thousands. The answer is the same: an absent optional field is valid and stays absent, and a
 * missing required one is still reported. One schema is kept for each set of fields seen.
 */
export function presentFields<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): (input: unknown) => z.ZodSafeParseResult<z.output<z.ZodObject<Shape>>> {
  const keys = Object.keys(schema.shape)
  // zod's own mark of a field that may be absent (`.optional()`, `.default()`).
  const required = keys.reduce(
    (mask, key, i) => (schema.shape[key]!._zod.optin === undefined ? mask | (1 << i) : mask),
    0,
  )
  const shapes = new Map<number, z.ZodObject<Shape>>()
  const shapeFor = (mask: number): z.ZodObject<Shape> => {
    const picked = Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, true]))
    return schema.pick(picked as never) as unknown as z.ZodObject<Shape>
  }
  return (input) => {
    if (!isRecord(input)) return schema.safeParse(input)
    let mask = required
    for (let i = 0; i < keys.length; i++) if (keys[i]! in input) mask |= 1 << i
    let shape = shapes.get(mask)
    if (!shape) {
      if (shapes.size >= MAX_SHAPES) return schema.safeParse(input)
      shape = shapeFor(mask)
      shapes.set(mask, shape)
    }
    return shape.safeParse(input)
  }
}
