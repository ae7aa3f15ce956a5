// YAML text → a validated hypothesis specification; errors name file:line and the field, as InputError.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/errors.js';
import { type HypothesisSpec, hypothesisSpecSchema } from './spec.js';

export function parseHypothesisSpec(text: string, file: string): HypothesisSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new InputError({ file, line: e.linePos?.[0]?.line }, `not valid YAML: ${e.message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  const parsed = hypothesisSpecSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // The closest node that exists in the document gives the line (a missing field points at its parent).
  let line: number | undefined;
  for (let depth = path.length; depth >= 0 && line === undefined; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
  }
  throw new InputError(
    { file, line, field: path.join('.') || undefined }, issue.message,
    'see docs/analysis.md for the specification format (unknown keys are refused)',
  );
}
