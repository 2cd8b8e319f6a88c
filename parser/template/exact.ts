// Exact decimal rounding, half to even, of doubles and big integers: what CPython's round() and
// %-formatting compute, and what JavaScript's toFixed (which rounds exact ties up) does not.

/** |x| of a finite double as numerator / denominator, the denominator a power of two. */
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

/** n / d rounded to the nearest integer, ties to even (d > 0, n of any sign). */
export function divRoundHalfEven(n: bigint, d: bigint): bigint {
  let q = n / d
  let r = n % d
  if (r < 0n) {
    q -= 1n
    r += d
  }
  const twice = 2n * r
  return twice > d || (twice === d && q % 2n !== 0n) ? q + 1n : q
}

/** |x| * 10^power rounded to an integer, half to even, on the exact binary value of x. */
export function scaledHalfEven(x: number, power: number): bigint {
  const { num, den } = exactRational(x)
  const scale = 10n ** BigInt(Math.abs(power))
  return power >= 0 ? divRoundHalfEven(num * scale, den) : divRoundHalfEven(num, den * scale)
}
