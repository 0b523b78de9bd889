import type { Fields } from '../model'
import type { FieldProblem } from '../problems'
import { SourcesField } from './fields/BoundLists'
import { asText, type Target } from './fields/edit'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'
import { TimeField } from './fields/TimeField'

const PRECISIONS = [
  { value: 'exact', label: 'Exact: a source states the minute' },
  { value: 'approximate', label: 'Approximate: “about”, “shortly after”' },
  { value: 'window', label: 'Window: only bounds are known' },
  { value: 'derived', label: 'Derived: computed from other times' },
]

const UNITS = [
  { value: 'month', label: 'The whole month' },
  { value: 'year', label: 'The whole year' },
]

/**
 * How sure the start (or end) is: its precision, and for a window or a dispute between sources
 * the earliest and latest times, a note in your own words and the sources of the time.
 */
export function TimingFields({
  target,
  data,
  which,
  problems,
}: {
  target: Target
  data: Fields
  which: 'start' | 'end'
  problems: readonly FieldProblem[]
}) {
  const base = ['timing', which]
  const precision = asText(data, [...base, 'precision'])
  const hasBounds = ['earliest', 'latest', 'note', 'sources'].some(
    (f) => asText(data, [...base, f]) !== '',
  )
  const word = which === 'start' ? 'Start' : 'End'
  return (
    <>
      <SelectField
        target={target}
        data={data}
        path={[...base, 'precision']}
        label={`${word} precision`}
        options={PRECISIONS}
        empty="Exact (the default)"
        problems={problems}
      />
      <details
        open={hasBounds || precision === 'window' || precision === 'derived'}
        className="rounded-md border border-line p-2"
      >
        <summary className="cursor-pointer text-sm font-semibold text-ink">
          {word}: bounds, note and sources (a window, or sources that disagree)
        </summary>
        <div className="mt-2 flex flex-col gap-3">
          <TimeField
            target={target}
            data={data}
            path={[...base, 'earliest']}
            label={`${word}, earliest`}
            problems={problems}
          />
          <TimeField
            target={target}
            data={data}
            path={[...base, 'latest']}
            label={`${word}, latest`}
            problems={problems}
          />
          <TextField
            target={target}
            data={data}
            path={[...base, 'note']}
            multiline
            label={`${word} note`}
            problems={problems}
            hint="In your own words: where sources differ, or how the time was worked out."
          />
          <SourcesField
            target={target}
            data={data}
            path={[...base, 'sources']}
            legend={`Sources of the ${which} time`}
            problems={problems}
          />
        </div>
      </details>
      <SelectField
        target={target}
        data={data}
        path={['granularity', which]}
        label={`${word} date stands for`}
        options={UNITS}
        empty="That day only"
        hint="For a date without a time of day, when the source gives only a month or a year."
        problems={problems}
      />
    </>
  )
}
