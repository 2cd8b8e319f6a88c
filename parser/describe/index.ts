export type { Scenario } from '../format'
export { type DescribedRelationship, type Description, describe } from './describe'
export { scenarioFor } from './scenario'
