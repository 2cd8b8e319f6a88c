// Python's %f, %e and %g (and format()'s f/e/g): digits rounded half-to-even on the exact binary value,
// which JavaScript's toFixed/toExponential do not do (0.5.toFixed(0) is "1", Python's '%.0f' % 0.5 is "0").
import { scaledHalfEven } from './exact'

/** |x| with `precision` digits after the point. */
export function fixedDigits(x: number, precision: number): string {
  const digits = scaledHalfEven(x, precision)
    .toString()
    .padStart(precision + 1, '0')
  return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`
}

/** |x| as `precision + 1` significant digits and a decimal exponent. */
function scientificParts(x: number, precision: number): { digits: string; exponent: number } {
  if (x === 0) return { digits: '0'.repeat(precision + 1), exponent: 0 }
  let exponent = Math.floor(Math.log10(Math.abs(x)))
  for (;;) {
    const q = scaledHalfEven(x, precision - exponent)
    const text = q.toString()
    // log10 can be off by one near powers of ten, and rounding can carry into a new digit.
    if (text.length > precision + 1) exponent++
    else if (text.length < precision + 1) exponent--
    else return { digits: text, exponent }
  }
}

export function scientific(x: number, precision: number, alternate: boolean): string {
  const { digits, exponent } = scientificParts(x, precision)
  const point = precision > 0 || alternate ? '.' : ''
  const sign = exponent < 0 ? '-' : '+'
  return `${digits[0]}${point}${digits.slice(1)}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`
}

/** %g: fixed or scientific by the exponent, trailing zeros dropped unless `alternate`. */
export function general(x: number, precisionArg: number, alternate: boolean): string {
  const precision = precisionArg === 0 ? 1 : precisionArg
  const { exponent } = scientificParts(x, precision - 1)
  let text =
    exponent >= -4 && exponent < precision
      ? fixedDigits(x, precision - 1 - exponent)
      : scientific(x, precision - 1, alternate)
  if (!alternate) {
    const [mantissa = '', exp] = text.split('e')
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa
    text = exp === undefined ? trimmed : `${trimmed}e${exp}`
  } else if (!text.includes('.')) {
    const [mantissa, exp] = text.split('e')
    text = exp === undefined ? `${mantissa}.` : `${mantissa}.e${exp}`
  }
  return text
}
