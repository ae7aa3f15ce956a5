export { CountryResolver, type ResolveOptions } from './resolver.js';
export { normalizeName } from './normalize.js';
export {
  COUNTRY_TABLE_FILES,
  REQUIRED_COLUMNS,
  type CountryTables,
  type CsvRow,
  type EntityKind,
  type StateRecord,
  type Succession,
  type YearSpan,
} from './types.js';
