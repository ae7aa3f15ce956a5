// How a composite value shows what it rests on: the domains missing for that pair and year, next to the value.
import { h } from './dom.js';

/** "none" or the missing domains, comma-separated; "–" when there is no stored row to tell. */
export function missingText(domains: readonly string[] | null | undefined): string {
  if (domains === null || domains === undefined) return '–';
  return domains.length === 0 ? 'none' : domains.join(', ');
}

/** A small muted label "missing: …" to set beside a composite value. */
export function missingNote(domains: readonly string[] | null | undefined, testid?: string): HTMLElement {
  return h('span', { class: 'missing', ...(testid ? { 'data-testid': testid } : {}) }, `missing: ${missingText(domains)}`);
}
