import { mediaSchema } from '../../domain/schema'
import type { Fields } from '../model'
import type { FieldProblem } from '../problems'
import { Group } from './fields/FormShell'
import type { Target } from './fields/edit'
import { TextField } from './fields/TextField'

/** The image's own check, as you type: an image without alt text is not shown to readers. */
function mediaProblems(media: unknown): FieldProblem[] {
  if (media === undefined) return []
  const r = mediaSchema.safeParse(media)
  if (r.success) return []
  return r.error.issues.map((issue) => ({
    field: ['media', ...issue.path.map(String)].join('.'),
    message:
      issue.path[0] === 'alt' && issue.code === 'invalid_type'
        ? 'is required: say what the image shows, for readers who cannot see it'
        : issue.message,
    severity: 'error' as const,
  }))
}

/** An event's one image, by address: alt text required, credit and caption optional. */
export function MediaFields({
  target,
  data,
  problems,
}: {
  target: Target
  data: Fields
  problems: readonly FieldProblem[]
}) {
  const own = mediaProblems(data.media)
  const list = [...own, ...problems.filter((p) => !own.some((o) => o.field === p.field))]
  const common = { target, data, problems: list }
  return (
    <Group title="Image">
      <TextField
        {...common}
        path={['media', 'src']}
        label="Image address"
        name="The image address"
        type="url"

        hint="An https address, or a path next to the published JSON (images/vote.jpg)."
      />
      <TextField
        {...common}
        path={['media', 'alt']}
        label="Alt text"
        name="The alt text"
        multiline
        hint="What the image shows, for readers who cannot see it. Required for the image to appear."
      />
      <TextField {...common} path={['media', 'credit']} label="Credit" name="The credit" />
      <TextField
        {...common}
        path={['media', 'caption']}
        label="Caption"
        name="The caption"
        multiline
      />
    </Group>
  )
}
