import { describe, expect, it } from 'vitest'
import { countLines } from './fileCount'
import { MAX_FILE_BYTES, MAX_FILE_LINES } from './fileRunProtocol'

const startOnly = [{ line: 0, byte: 0 }]

describe('countLines', () => {
  it('counts a last line without newline, and none after a final newline', async () => {
    expect(await countLines(new Blob(['a\nb']), 10)).toEqual({
      total: 2,
      limit: null,
      blocks: startOnly,
    })
    expect(await countLines(new Blob(['a\nb\n']), 10)).toMatchObject({ total: 2, limit: null })
    expect(await countLines(new Blob([]), 10)).toEqual({ total: 0, limit: null, blocks: [] })
  })

  it('marks where every block of lines starts, by line and byte, within the lines counted', async () => {
    const file = new Blob(['a\nbb\r\nccc\ndddd\ne\n'])
    expect(await countLines(file, 2)).toEqual({
      total: 5,
      limit: null,
      blocks: [
        { line: 0, byte: 0 },
        { line: 2, byte: 6 },
        { line: 4, byte: 15 },
      ],
    })
    // A block boundary after the final newline starts no line.
    expect((await countLines(new Blob(['a\nb\n']), 2)).blocks).toEqual(startOnly)
  })

  it('stops at the line limit and says how many lines the file has', async () => {
    const file = new Blob(['x\n'.repeat(MAX_FILE_LINES + 5)])
    const { total, limit, blocks } = await countLines(file, 40_000)
    expect({ total, limit }).toEqual({
      total: MAX_FILE_LINES,
      limit: 'only the first 100,000 of 100,005 lines are parsed',
    })
    expect(blocks).toEqual([
      { line: 0, byte: 0 },
      { line: 40_000, byte: 80_000 },
      { line: 80_000, byte: 160_000 },
    ])
  })

  it('reads only the first 50 MB of a bigger file, leaving out the line the cut goes through', async () => {
    const line = `${'y'.repeat(1023)}\n`
    const count = Math.ceil(MAX_FILE_BYTES / line.length) + 10
    const { total, limit } = await countLines(new Blob([line.repeat(count)]), 5000)
    expect(total).toBe(Math.floor(MAX_FILE_BYTES / line.length))
    expect(limit).toBe('only the first 50.0 MB of 50.0 MB are read')
  })
})
