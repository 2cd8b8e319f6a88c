// Python truthiness of a caller's value.
import type { Value } from '../types'
import { fromValue } from './convert'
import { truthy } from './protocol'

/** bool(value): '', 0, None, [], {} and undefined are false; everything else is true. */
export const pyTruthy = (value: Value | undefined): boolean =>
  value !== undefined && truthy(fromValue(value))
