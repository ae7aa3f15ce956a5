// Renders docs/methods.md from the registry, so the methods are written once (in the definitions).
import { CITATIONS, METRICS } from './registry.js';
import type { MetricDefinition } from './types.js';

const range = (m: MetricDefinition) => `[${m.range.min ?? '−∞'}, ${m.range.max ?? '∞'}]`;

function cite(key: string): string {
  const c = CITATIONS[key]!;
  return `${c.authors} (${c.year}). ${c.title}. ${c.venue}.`;
}

export function renderMethods(): string {
  const families = [...new Set(METRICS.map((m) => m.family))];
  const out: string[] = [
    '# Methods',
    '',
    '<!-- Generated from src/metrics/registry.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every metric interdep computes, with its formula, unit, range, reading and citations. Directed metrics read',
    '"subject depends on counterpart". A missing input gives NULL with a flag (`missing:<input>`), never 0.',
    'Trade metrics read `trade_flow`: the subject\'s own IMF DOTS report, else the partner\'s mirror report, else',
    'COW Trade v4 (`--source dots|cow` restricts to one source); the flags of each value name the origins used',
    '(`dots_own`, `dots_estimated`, `dots_mirror`, `cow`). Shares divide by the sum over the subject\'s partners in',
    'the same source.',
    '',
    '| id | level | unit | title |',
    '|---|---|---|---|',
    ...METRICS.map((m) => `| [\`${m.id}\`](#${m.id.replace(/\./g, '')}) | ${m.level} | ${m.unit} | ${m.title} |`),
    '',
  ];
  for (const family of families) {
    out.push(`## ${family}`, '');
    for (const m of METRICS.filter((x) => x.family === family)) {
      out.push(
        `### ${m.id}`,
        '',
        `**${m.title}** — ${m.description}`,
        '',
        '```',
        m.formula,
        '```',
        '',
        `- level: ${m.level}; unit: ${m.unit}; range: ${range(m)}`,
        `- reading: ${m.direction}`,
        `- inputs: ${m.inputs.map((i) => `\`${i}\``).join(', ')}${m.usesTradeSource ? ' (honours `--source`)' : ''}`,
        `- method version: ${m.version}`,
        ...m.citations.map((c) => `- cites: ${cite(c)}`),
        '',
      );
    }
  }
  out.push('## References', '', ...Object.keys(CITATIONS).sort().map((k) => `- \`${k}\`: ${cite(k)}`), '');
  return out.join('\n');
}
