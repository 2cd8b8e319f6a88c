import { describe, expect, it } from 'vitest'
import { WritableFields } from './writable'

describe('WritableFields', () => {
  const written = WritableFields.none()
    .add('source.ip', false)
    .add('event.category', false)
    .add('labels', true)

  it('holds each written field and the objects on its way', () => {
    expect(
      ['source.ip', 'source', 'event.category', 'event'].map((f) => written.mayHold(f)),
    ).toEqual([true, true, true, true])
  })

  it('holds nothing under a field written as a string, nor fields never written', () => {
    expect(
      ['source.ip.x', 'source.port', 'destination.ip', 'sourc'].map((f) => written.mayHold(f)),
    ).toEqual([false, false, false, false])
  })

  it('holds anything under a field whose value may be an object', () => {
    expect(['labels', 'labels.env', 'labels.a.b.c'].map((f) => written.mayHold(f))).toEqual([
      true,
      true,
      true,
    ])
  })

  it('finds a nested field under any top-level key', () => {
    expect(written.mayHoldUnderAnyKey('nat.ip')).toBe(true) // labels.nat.ip
    expect(WritableFields.none().add('source.ip', false).mayHoldUnderAnyKey('nat.ip')).toBe(false)
    expect(WritableFields.none().add('x.nat.ip', false).mayHoldUnderAnyKey('nat.ip')).toBe(true)
    expect(WritableFields.none().add('x.y.nat.ip', false).mayHoldUnderAnyKey('nat.ip')).toBe(false)
  })

  it('holds everything for events of unknown origin', () => {
    const any = WritableFields.anything()
    expect([any.mayHold('a.b'), any.mayHoldUnderAnyKey('nat.ip')]).toEqual([true, true])
  })
})
