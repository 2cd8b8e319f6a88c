import { describe, expect, it } from 'vitest'
import { markdownText } from './markdownText'

describe('markdownText', () => {
  it('escapes links, images, emphasis, code and HTML so they read as text', () => {
    expect(markdownText('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript\\:alert\\(1\\)\\)')
    expect(markdownText('![i](http://e/x.png) *a* `b` <img>')).toBe(
      '\\!\\[i\\]\\(http\\:\\/\\/e\\/x\\.png\\) \\*a\\* \\`b\\` \\<img\\>',
    )
  })

  it('leaves letters, digits, spaces and non-ASCII text alone', () => {
    expect(markdownText('source ip 10 ü 😀')).toBe('source ip 10 ü 😀')
  })
})
