// What holds at a position of the input: code point boundaries and RE2's zero-width assertions.

import {
  ASSERT_LINE_END,
  ASSERT_LINE_START,
  ASSERT_NOT_WORD_BOUNDARY,
  ASSERT_TEXT_END,
  ASSERT_TEXT_START,
} from './program'

/** RE2's `\b` looks at ASCII word characters only (engine.md §3). */
function isWordUnit(unit: number): boolean {
  return (
    (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x61 && unit <= 0x7a) ||
    unit === 0x5f
  )
}

export function assertionHolds(assertion: number, input: string, pos: number): boolean {
  switch (assertion) {
    case ASSERT_TEXT_START:
      return pos === 0
    case ASSERT_TEXT_END:
      return pos === input.length
    case ASSERT_LINE_START:
      return pos === 0 || input.charCodeAt(pos - 1) === 0x0a
    case ASSERT_LINE_END:
      return pos === input.length || input.charCodeAt(pos) === 0x0a
    default: {
      const before = pos > 0 && isWordUnit(input.charCodeAt(pos - 1))
      const after = pos < input.length && isWordUnit(input.charCodeAt(pos))
      return (before !== after) !== (assertion === ASSERT_NOT_WORD_BOUNDARY)
    }
  }
}

/** Whether `pos` falls between the two halves of a surrogate pair (no match starts there). */
export function insidePair(input: string, pos: number): boolean {
  if (pos <= 0 || pos >= input.length) return false
  const unit = input.charCodeAt(pos)
  const before = input.charCodeAt(pos - 1)
  return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff
}

/** The position one code point before `pos`, never below `floor`. */
export function previousPosition(input: string, pos: number, floor: number): number {
  return pos - 2 >= floor && insidePair(input, pos - 1) ? pos - 2 : pos - 1
}
