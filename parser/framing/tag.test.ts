import { describe, expect, it } from 'vitest'
import { readTag } from './tag'

describe('readTag', () => {
  it('reads a name, a pid and where the message starts', () => {
    expect(readTag('xx sshd[2101458]: Accepted', 3)).toEqual({
      name: 'sshd',
      nameStart: 3,
      nameEnd: 7,
      pid: '2101458',
      pidStart: 8,
      messageStart: 18,
    })
  })

  it('reads a pid-less tag, and one that ends the line', () => {
    expect(readTag('Hostd: info', 0)).toMatchObject({
      name: 'Hostd',
      pid: undefined,
      messageStart: 7,
    })
    expect(readTag('vobd:', 0)).toMatchObject({ name: 'vobd', messageStart: 5 })
  })

  it.each([
    'info hostd[2099656] [Originator@6876]',
    'cpu3:2097632)WARNING: x',
    'fe80::1 x',
    'sshd[12a]: x',
    'sshd[123]:x',
    ': x',
  ])('does not see a tag in %j', (text) => {
    expect(readTag(text, 0)).toBeNull()
  })
})
