// Medians, ranges and the Markdown table of a benchmark run.

const METRICS = [
  ['readyMs', 'ready (ms)', 0],
  ['heapMB', 'heap (MB)', 1],
  ['frameP50Ms', 'frame p50 (ms)', 1],
  ['frameP95Ms', 'frame p95 (ms)', 1],
  ['frameMaxMs', 'longest frame (ms)', 0],
  ['longTasks', 'long tasks', 0],
  ['clickToQuotesMs', 'click → quotes (ms)', 0],
  ['marksInDom', 'marks in DOM', 0],
]

/** The median and range of the finite numbers in `values`. */
export function summarise(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return { median: null, min: null, max: null }
  const mid = v.length >> 1
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
  return { median, min: v[0], max: v[v.length - 1] }
}

/** Per size: every metric summarised over its runs. */
export function summariseSizes(runsBySize) {
  return Object.fromEntries(
    Object.entries(runsBySize).map(([size, runs]) => [
      size,
      Object.fromEntries(METRICS.map(([key]) => [key, summarise(runs.map((r) => r[key]))])),
    ]),
  )
}

const fmt = (x, digits) => (x === null ? '–' : x.toFixed(digits))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** The README table: one row per metric, one column per size, "median (min–max)". */
/** The studio's keystrokes, as one line: medians of the runs' p95 and longest keystroke. */
function studioLine(studio) {
  if (!studio || studio.runs.length === 0) return 'Studio: not measured.'
  const median = (key) => {
    const v = studio.runs.map((r) => r[key]).sort((a, b) => a - b)
    return v[Math.floor((v.length - 1) / 2)]
  }
  return `Studio, a ${Number(studio.events).toLocaleString('en-US')}-event draft, typing into an event's title: a keystroke (key to next paint) takes ${fmt(median('keystrokeP95Ms'), 0)} ms at p95 and ${fmt(median('keystrokeMaxMs'), 0)} ms at most (medians of ${studio.runs.length} runs); after the pause, the preview's update is ${fmt(median('longestTaskMs'), 0)} ms of work at most.`
}

export function markdown(results) {
  const sizes = Object.keys(results.summary)
  const head = `| metric | ${sizes.map((s) => `${Number(s).toLocaleString('en-US')} events`).join(' | ')} |`
  const rule = `| --- | ${sizes.map(() => '---').join(' | ')} |`
  const rows = METRICS.map(([key, label, digits]) => {
    const cells = sizes.map((s) => {
      const { median, min, max } = results.summary[s][key]
      return median === null
        ? '–'
        : `${fmt(median, digits)} (${fmt(min, digits)}–${fmt(max, digits)})`
    })
    return `| ${label} | ${cells.join(' | ')} |`
  })
  const b = results.bundle
  const m = results.machine
  return [
    `Medians of ${results.runs} interleaved runs, range in brackets. ${m.cpus}× ${m.cpuModel}, ${m.memoryGB} GB, ${m.os}; ${m.browser} headless; Node ${m.node}; ${results.date}.`,
    '',
    head,
    rule,
    ...rows,
    '',
    studioLine(results.studio),
    '',
    `Loaded before ready (dist/index.html): JS ${kb(b.initial.js.raw)} (${kb(b.initial.js.gzip)} gzipped), CSS ${kb(b.initial.css.raw)} (${kb(b.initial.css.gzip)} gzipped), together ${kb(b.initial.total.gzip)} gzipped. On demand: JS ${kb(b.onDemand.js.gzip)}, CSS ${kb(b.onDemand.css.gzip)} gzipped.`,
    '',
  ].join('\n')
}
