import { describe, expect, it } from 'vitest'
import { BlockQueue } from './blockQueue'

const count = (blocks: number, linesPerBlock = 10) => ({
  total: blocks * linesPerBlock - 3,
  limit: null,
  blocks: Array.from({ length: blocks }, (_, at) => ({
    line: at * linesPerBlock,
    byte: at * linesPerBlock * 8,
  })),
})

const drain = (queue: BlockQueue, lanes: number) => {
  const runs: [number, number][] = []
  for (let run = queue.next(lanes); run; run = queue.next(lanes)) {
    runs.push([run.from, run.block.until])
  }
  return runs
}

describe('BlockQueue', () => {
  it('gives one lane the whole file in one run', () => {
    expect(drain(new BlockQueue(count(20)), 1)).toEqual([[0, 197]])
  })

  it('gives two lanes shrinking runs that cover every line once, in order', () => {
    const runs = drain(new BlockQueue(count(20)), 2)
    expect(runs).toEqual([
      [0, 70],
      [70, 120],
      [120, 150],
      [150, 170],
      [170, 180],
      [180, 190],
      [190, 197],
    ])
  })

  it('reads each run from its first block start', () => {
    const queue = new BlockQueue(count(6))
    queue.next(3)
    expect(queue.next(3)?.block.start).toEqual({ line: 20, byte: 160 })
  })

  it('takes a run given back first, from where its lane got', () => {
    const queue = new BlockQueue(count(6))
    const first = queue.next(2)
    expect(first).toEqual({ block: { start: { line: 0, byte: 0 }, until: 20 }, from: 0 })
    if (first) queue.giveBack({ ...first, from: 13 })
    expect(queue.next(2)).toEqual({ block: { start: { line: 0, byte: 0 }, until: 30 }, from: 13 })
    expect(queue.next(2)?.from).toBe(30)
  })

  it('has nothing for an empty file', () => {
    expect(new BlockQueue({ total: 0, limit: null, blocks: [] }).next(2)).toBeUndefined()
  })
})
