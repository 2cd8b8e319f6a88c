// ECS finishing: typing (§4–§5), platform post-processing (§6–§7) and sample comparison (§1).
export {
  type CastResult,
  castEvent,
  castInPlace,
  castLeaf,
  castScalar,
  type DroppedField,
} from './cast'
export { compareEvents, normalizeForComparison } from './compare'
export { FieldNode } from './fieldTree'
export { type FieldType, type FieldTypes, fieldTypes } from './fieldTypes'
export {
  compileFinish,
  type DerivedFields,
  type Finisher,
  type FinishOptions,
  finishEvent,
} from './finish'
export { isIpAddress } from './ip'
export {
  cloneEvent,
  deleteAt,
  deletePath,
  type FieldPath,
  fieldPath,
  getPath,
  isValueObject,
  leafPaths,
  ownsKey,
  ownValue,
  setPath,
  valueAt,
  writeAt,
} from './paths'
export { renderedToValue } from './rendered'
export { WritableFields } from './writable'
