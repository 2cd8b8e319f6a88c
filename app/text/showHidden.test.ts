import { describe, expect, it } from 'vitest'
import { showHidden } from './showHidden'

describe('showHidden', () => {
  it('writes control characters, ANSI escapes and DEL as \\x escapes', () => {
    expect(showHidden('a\u0000b\u001b[31mred\u007f\r\n')).toBe('a\\x00b\\x1b[31mred\\x7f\\x0d\\x0a')
  })

  it('keeps tabs and printable text, HTML included, as they are', () => {
    expect(showHidden('<script>x</script>\tü 😀')).toBe('<script>x</script>\tü 😀')
  })

  it('writes lone surrogates, bidirectional overrides and zero-width characters as \\u escapes', () => {
    expect(showHidden('\ud800x\udfff')).toBe('\\ud800x\\udfff')
    expect(showHidden('user\u202eexe.txt\u200b\ufeff')).toBe('user\\u202eexe.txt\\u200b\\ufeff')
  })
})
