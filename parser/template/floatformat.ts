// Python's %f, %e and %g (and format()'s f/e/g): digits rounded half-to-even on the exact binary value,
// which JavaScript's toFixed/toExponential do not do (0.5.toFixed(0) is "1", Python's '%.0f' % 0.5 is "0").

/** The exact value of a finite double as numerator / denominator (denominator a power of two). */
function exactRational(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, Math.abs(x))
  const hi = view.getUint32(0)
  const lo = view.getUint32(4)
  const exp = (hi >>> 20) & 0x7ff
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo)
  const mantissa = exp === 0 ? frac : frac | (1n << 52n)
  const e = exp === 0 ? -1074 : exp - 1075
  return e >= 0 ? { num: mantissa << BigInt(e), den: 1n } : { num: mantissa, den: 1n << BigInt(-e) }
}

function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den
  const twice = 2n * (num % den)
  return twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q
}

const scaled = (x: number, power: number): bigint => {
  const { num, den } = exactRational(x)
  return power >= 0
    ? roundHalfEven(num * 10n ** BigInt(power), den)
    : roundHalfEven(num, den * 10n ** BigInt(-power))
}

/** |x| with `precision` digits after the point. */
export function fixedDigits(x: number, precision: number): string {
  const digits = scaled(x, precision)
    .toString()
    .padStart(precision + 1, '0')
  return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`
}

/** |x| as `precision + 1` significant digits and a decimal exponent. */
export function scientificParts(
  x: number,
  precision: number,
): { digits: string; exponent: number } {
  if (x === 0) return { digits: '0'.repeat(precision + 1), exponent: 0 }
  let exponent = Math.floor(Math.log10(Math.abs(x)))
  for (;;) {
    const q = scaled(x, precision - exponent)
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
