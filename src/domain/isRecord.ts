/** A JSON object (not null, not a list): what untrusted input must be before its fields are read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
