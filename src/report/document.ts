// The report as a renderer-neutral document: blocks of inline text where every number carries the id of the
// metric (or dataset table) it comes from; md and html renderers number these sources and link them.

export type Inline = string | { num: string; ref: string };
export type Block =
  | { kind: 'h2' | 'h3'; text: string; id?: string }
  | { kind: 'p'; content: Inline[] }
  | { kind: 'ul'; items: Inline[][] }
  | { kind: 'table'; headers: string[]; rows: Inline[][][] }
  | { kind: 'chart'; svg: string; caption: string }
  | { kind: 'pre'; text: string };

export interface ReportDocument {
  title: string;
  subtitle: string;
  blocks: Block[];
  /** ref → description shown in the numbered source list (metric title, version, datasets). */
  refs: Record<string, string>;
}

/** Numbers sources in order of first use. */
export function numberRefs(doc: ReportDocument): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (xs: Inline[]) => xs.forEach((x) => typeof x !== 'string' && !order.has(x.ref) && order.set(x.ref, order.size + 1));
  for (const b of doc.blocks) {
    if (b.kind === 'p') visit(b.content);
    else if (b.kind === 'ul') b.items.forEach(visit);
    else if (b.kind === 'table') b.rows.forEach((r) => r.forEach(visit));
  }
  return order;
}

export const anchor = (ref: string) => `src-${ref.replace(/[^A-Za-z0-9]+/g, '-')}`;
