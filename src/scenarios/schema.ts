// Scenario files (YAML or JSON): a baseline year, shocks, an adjustment horizon and uncertain parameters
// (CONCEPTS C5, C8, C9, C14, C24). Every object is .strict(): an unknown key is an error naming its path.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError } from '../core/errors.js';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO3 code such as BLR');
/** A state (ISO3) or a country group id such as EU. */
const actor = z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/, 'an ISO3 code or a country group id such as EU');
const source = z.string().min(3, 'a source: a seed section, a dataset id or a document');

/** A number, or "$name" naming an entry of `parameters`. */
export const numberOrParam = z.union([z.number(), z.string().regex(/^\$[a-z][a-z0-9_]*$/, 'a number or "$parameter_name"')]);
export type NumberOrParam = z.infer<typeof numberOrParam>;

const hs2List = z.array(z.string().regex(/^\d{2}$/, 'a two-digit HS chapter such as "84"')).min(1);

/**
 * Product lists of sanctions regulations with bilateral data in the store. eu_reg_833_2014: the 2,338 HS4/CN8 codes of
 * the export restrictions of Council Regulation (EU) No 833/2014 (consolidated 7 October 2022), EU members' exports
 * by partner from Eurostat Comext; only EU-27 senders and the targets ARM, BLR, GEO, KAZ, KGZ, RUS, UZB have data.
 */
export const PRODUCT_LISTS = ['eu_reg_833_2014'] as const;
export type ProductList = (typeof PRODUCT_LISTS)[number];
const fuel = z.enum(['gas', 'crude']);

export const distributionSchema = z.discriminatedUnion('dist', [
  z.object({ dist: z.literal('fixed'), value: z.number(), source }).strict(),
  z.object({ dist: z.literal('uniform'), low: z.number(), high: z.number(), source }).strict(),
  z.object({ dist: z.literal('triangular'), low: z.number(), mode: z.number(), high: z.number(), source }).strict(),
  z.object({ dist: z.literal('normal'), mean: z.number(), sd: z.number().nonnegative(), low: z.number().optional(), high: z.number().optional(), source }).strict(),
]);
export type Distribution = z.infer<typeof distributionSchema>;

const common = { duration_days: numberOrParam.default(365), note: z.string().optional() };

export const shockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('supply_cut'), supplier: iso3, target: iso3,
    fuel: fuel.optional(), products: hs2List.optional(), share: numberOrParam, ...common,
  }).strict(),
  z.object({ type: z.literal('market_loss'), subject: iso3, market: actor, products: hs2List.optional(), share: numberOrParam, ...common }).strict(),
  z.object({
    type: z.literal('price_shock'), supplier: iso3, target: iso3, fuel: z.literal('gas'),
    new_price: z.union([numberOrParam, z.literal('reference')]), ...common,
  }).strict(),
  z.object({
    type: z.literal('bypass'), supplier: iso3, transit: iso3, fuel: z.literal('gas'),
    /** Route ids or exact names; the capacities of every route matched are added (e.g. the two Nord Stream lines). */
    route: z.array(z.string().min(2)).min(1), action: z.enum(['open', 'close']), utilisation: numberOrParam, displaced_share: numberOrParam,
    note: z.string().optional(),
  }).strict(),
  z.object({
    type: z.literal('sanctions'), sender: actor, target: iso3, products: hs2List.optional(),
    /** Instead of HS chapters: the goods of a regulation's list, split by each sender's own exports to the target. */
    product_list: z.enum(PRODUCT_LISTS).optional(),
    direction: z.enum(['target_exports', 'target_imports', 'both']).default('target_exports'), share: numberOrParam, ...common,
  }).strict(),
  z.object({
    type: z.literal('diversify'), subject: iso3, from: iso3, to: z.array(iso3).min(1),
    domain: z.enum(['trade', 'gas']), share: numberOrParam, note: z.string().optional(),
  }).strict(),
]);
export type Shock = z.infer<typeof shockSchema>;

export const transferTestSchema = z.object({
  subject: iso3,
  alternatives: z.array(iso3).min(1).max(6),
  step: z.number().gt(0).max(1).default(0.25),
  max_shift: z.number().gt(0).max(1).default(1),
}).strict();

export const scenarioSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case name with dashes'),
  title: z.string().min(3),
  description: z.string().optional(),
  baseline_year: z.number().int().min(1990).max(2030),
  horizon_days: numberOrParam.default(365),
  shocks: z.array(shockSchema).default([]),
  /** Dyads whose Baldwin opportunity cost and Schellenberg values are reported, each [subject, counterpart]. */
  dyads: z.array(z.tuple([iso3, iso3])).default([]),
  transfer_test: transferTestSchema.optional(),
  parameters: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), distributionSchema).default({}),
  schellenberg_variant: z.enum(['bounded', 'seed_ratio', 'seed_sum']).default('bounded'),
  assumptions: z.array(z.object({ text: z.string().min(3), source }).strict()).default([]),
  monte_carlo: z.object({ runs: z.number().int().min(1).max(100_000).default(200), seed: z.number().int().default(1) }).strict().default({ runs: 200, seed: 1 }),
}).strict().superRefine((s, ctx) => {
  const check = (v: unknown, path: Array<string | number>) => {
    if (typeof v === 'string' && v.startsWith('$') && !(v.slice(1) in s.parameters)) {
      ctx.addIssue({ code: 'custom', path, message: `a parameter declared under "parameters" (${v} is not)` });
    }
  };
  check(s.horizon_days, ['horizon_days']);
  s.shocks.forEach((sh, i) => {
    for (const [k, v] of Object.entries(sh)) check(v, ['shocks', i, k]);
    if (sh.type === 'supply_cut' && (sh.fuel === undefined) === (sh.products === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['shocks', i], message: 'exactly one of "fuel" or "products"' });
    }
    if (sh.type === 'sanctions' && sh.product_list !== undefined) {
      if (sh.products !== undefined) ctx.addIssue({ code: 'custom', path: ['shocks', i], message: 'at most one of "products" or "product_list"' });
      // The list data are the senders' exports only: nothing on what the target sells to them.
      if (sh.direction !== 'target_imports') ctx.addIssue({ code: 'custom', path: ['shocks', i, 'direction'], message: '"target_imports" with a product_list (the data are the senders\' exports to the target)' });
    }
  });
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The value found at a path of the raw input, shortened for messages. */
function received(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  let v: unknown = raw;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const pathText = (path: ReadonlyArray<PropertyKey>) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('') || '(top level)';

const keysOf = (o: z.ZodObject) => Object.keys(o.shape).join(', ');

/** The keys allowed at a path of the raw document (for "unknown key" messages). */
function allowedKeys(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  const at = (p: ReadonlyArray<PropertyKey>) => p.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
  const [a, , c] = path;
  if (path.length === 0) return keysOf(scenarioSchema);
  if (a === 'shocks' && path.length === 2) {
    const type = (at(path) as { type?: unknown })?.type;
    const option = shockSchema.options.find((o) => o.shape.type.value === type);
    return option ? keysOf(option) : 'type';
  }
  if (a === 'parameters' && path.length === 2) {
    const dist = (at(path) as { dist?: unknown })?.dist;
    const option = distributionSchema.options.find((o) => o.shape.dist.value === dist);
    return option ? keysOf(option) : 'dist';
  }
  if (a === 'transfer_test' && c === undefined) return keysOf(transferTestSchema);
  if (a === 'monte_carlo') return 'runs, seed';
  if (a === 'assumptions') return 'text, source';
  return 'the documented keys';
}

/** One line per problem: the key path, what was expected, what was found. */
export function describeIssues(error: z.ZodError, raw: unknown): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => `${pathText([...issue.path, k])}: unknown key (expected one of: ${allowedKeys(raw, issue.path)})`);
    }
    const what = issue.message.replace(/^Invalid input: expected /, 'expected ').replace(/^Invalid discriminator value\. Expected /, 'expected one of ');
    return [`${pathText(issue.path)}: ${/^expected /.test(what) ? what : `expected ${what}`} (got ${received(raw, issue.path)})`];
  });
}

/** Validates a parsed scenario document; throws InputError naming file and key path. */
export function parseScenario(raw: unknown, file = '<scenario>'): Scenario {
  const r = scenarioSchema.safeParse(raw);
  if (r.success) return r.data;
  const lines = describeIssues(r.error, raw);
  const first = r.error.issues[0]!;
  const field = first.code === 'unrecognized_keys' ? pathText([...first.path, first.keys[0]!]) : pathText(first.path);
  throw new InputError({ file, field }, lines.join('; '), 'fix the scenario file; see docs/cli.md "interdep scenario"');
}

/** Parses YAML or JSON text and validates it; the error names file, line (where the key is found) and key path. */
export function parseScenarioText(text: string, file = '<scenario>'): Scenario {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError({ file, line: e.linePos?.[0]?.line }, `not valid YAML/JSON: ${e.message.split('\n')[0]}`, 'fix the syntax');
  }
  const raw: unknown = doc.toJS();
  try {
    return parseScenario(raw, file);
  } catch (err) {
    if (!(err instanceof InputError) || err.location.field === undefined) throw err;
    const r = scenarioSchema.safeParse(raw);
    const issue = r.success ? undefined : r.error.issues[0];
    const path = issue ? (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path) : [];
    let node: unknown;
    for (let n = path.length; n >= 0 && !node; n--) node = doc.getIn(path.slice(0, n) as Array<string | number>, true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    // unknown keys: getIn finds the key's value; the key itself is the last occurrence of its text before it
    const at = issue?.code === 'unrecognized_keys' && offset !== undefined ? text.lastIndexOf(String(issue.keys[0]), offset) : offset;
    const line = at !== undefined && at >= 0 ? counter.linePos(at).line : undefined;
    throw new InputError({ file, line, field: err.location.field }, err.message.slice(err.message.indexOf(': ') + 2), err.hint);
  }
}
