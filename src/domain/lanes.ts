/**
 * Lane layout for the exported picture: greedy first-fit interval partitioning, with no cap on
 * the lanes. Sorted by left edge, each mark goes into the lowest-numbered lane that is free
 * again, so lanes stay stable and read top-down. (The timeline's own lanes, capped and with
 * clusters, are domain/clustering.ts.)
 */

/** The horizontal pixels one mark occupies, label included (x1 >= x0). */
export interface LaneItem {
  id: string
  x0: number
  x1: number
}

export interface LaneLayout {
  laneById: Map<string, number>
  laneCount: number
}

/** A binary min-heap of small integers (lane numbers) under a caller-given order. */
export class IntHeap {
  private readonly items: number[] = []
  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length
  }

  peek(): number | undefined {
    return this.items[0]
  }

  push(value: number): void {
    const a = this.items
    let i = a.push(value) - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(value, a[parent]!)) break
      a[i] = a[parent]!
      i = parent
    }
    a[i] = value
  }

  pop(): number | undefined {
    const a = this.items
    const top = a[0]
    const last = a.pop()
    if (a.length === 0 || last === undefined) return top
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= a.length) break
      const r = l + 1
      const child = r < a.length && this.less(a[r]!, a[l]!) ? r : l
      if (!this.less(a[child]!, last)) break
      a[i] = a[child]!
      i = child
    }
    a[i] = last
    return top
  }
}

/** Puts each item in the lowest lane whose last item ends at least `gapPx` before it starts. */
export function assignLanes(items: readonly LaneItem[], opts: { gapPx: number }): LaneLayout {
  const n = items.length
  // Sorting indices over typed arrays is several times faster than sorting the objects.
  const x0 = new Float64Array(n)
  const x1 = new Float64Array(n)
  const order = new Uint32Array(n)
  items.forEach((it, i) => {
    x0[i] = it.x0
    x1[i] = Math.max(it.x0, it.x1)
    order[i] = i
  })
  const id = (i: number) => items[i]!.id
  order.sort(
    (a, b) => x0[a]! - x0[b]! || x1[a]! - x1[b]! || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0),
  )

  const laneEnd: number[] = []
  // Lanes whose last item may still reach the next one, soonest-free first...
  const busy = new IntHeap(
    (a, b) => laneEnd[a]! < laneEnd[b]! || (laneEnd[a] === laneEnd[b] && a < b),
  )
  // ...and lanes known to be free, lowest number first. Left edges only grow, so a lane that is
  // free for one item stays free for every later one: two heaps give the first-fit answer.
  const free = new IntHeap((a, b) => a < b)
  const laneById = new Map<string, number>()
  for (const i of order) {
    const start = x0[i]!
    for (let top = busy.peek(); top !== undefined; top = busy.peek()) {
      if (laneEnd[top]! + opts.gapPx > start) break
      free.push(busy.pop()!)
    }
    const lane = free.pop() ?? laneEnd.length
    laneEnd[lane] = x1[i]!
    busy.push(lane)
    laneById.set(id(i), lane)
  }
  return { laneById, laneCount: laneEnd.length }
}
