// ECS finishing: typing (§4–§5), platform post-processing (§6–§7) and sample comparison (§1).
export { type CastResult, castEvent, castScalar, type DroppedField } from './cast'
export { compareEvents, normalizeForComparison } from './compare'
export { type FieldType, type FieldTypes, fieldTypes } from './fieldTypes'
export { type DerivedFields, type FinishOptions, finishEvent } from './finish'
export { isIpAddress } from './ip'
export { deletePath, getPath, leafPaths, setPath } from './paths'
export { renderedToValue } from './rendered'
