// Report document → Markdown or a self-contained HTML page (inline SVG charts and CSS, no external resources).
import { anchor, type Inline, numberRefs, type ReportDocument } from './document.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeMd = (s: string) => s.replace(/\|/g, '\\|');

function inlineMd(xs: Inline[], refs: Map<string, number>): string {
  return xs.map((x) => (typeof x === 'string' ? x : `${x.num}<sup>[${refs.get(x.ref)}](#${anchor(x.ref)})</sup>`)).join('');
}

function inlineHtml(xs: Inline[], refs: Map<string, number>, doc: ReportDocument): string {
  return xs.map((x) => (typeof x === 'string'
    ? escapeHtml(x)
    : `<span class="num">${escapeHtml(x.num)}</span><sup><a href="#${anchor(x.ref)}" title="${escapeHtml(doc.refs[x.ref] ?? x.ref)}">${refs.get(x.ref)}</a></sup>`)).join('');
}

function sourceList(doc: ReportDocument, refs: Map<string, number>): Array<{ n: number; ref: string; text: string }> {
  return [...refs].map(([ref, n]) => ({ n, ref, text: doc.refs[ref] ?? ref }));
}

/**
 * Markdown. Charts are embedded as SVG data URIs unless `chartLink` is given: it receives each chart (1-based figure
 * number and SVG) and returns the path to link instead (the caller writes the file; GitHub does not show data URIs).
 */
export function renderMarkdown(doc: ReportDocument, chartLink?: (figure: number, svg: string) => string): string {
  const refs = numberRefs(doc);
  const out: string[] = [`# ${doc.title}`, '', `_${doc.subtitle}_`, ''];
  let figure = 0;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'h2': out.push(`## ${b.text}`, ''); break;
      case 'h3': out.push(`### ${b.text}`, ''); break;
      case 'p': out.push(inlineMd(b.content, refs), ''); break;
      case 'ul': out.push(...b.items.map((i) => `- ${inlineMd(i, refs)}`), ''); break;
      case 'table':
        out.push(`| ${b.headers.join(' | ')} |`, `|${b.headers.map(() => '---').join('|')}|`);
        for (const r of b.rows) out.push(`| ${r.map((c) => escapeMd(inlineMd(c, refs))).join(' | ')} |`);
        out.push('');
        break;
      case 'chart':
        figure++;
        out.push(`![${b.caption.replace(/[[\]]/g, '')}](${chartLink ? chartLink(figure, b.svg) : `data:image/svg+xml;base64,${Buffer.from(b.svg).toString('base64')}`})`, '', `_${b.caption}_`, '');
        break;
      case 'pre': out.push('```', b.text, '```', ''); break;
    }
  }
  out.push('## Sources of the numbers', '');
  for (const s of sourceList(doc, refs)) out.push(`<a id="${anchor(s.ref)}"></a>${s.n}. ${s.text}`);
  out.push('');
  return out.join('\n');
}

const CSS = `body{font-family:Georgia,'Times New Roman',serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.1rem}
.subtitle{color:#555;font-style:italic}sup a{text-decoration:none;color:#1f5fa8;font-size:.75em;margin-left:1px}
.num{font-weight:600}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#444}svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.85rem;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
pre{background:#f6f6f6;padding:.8rem;font-size:.75rem;overflow-x:auto;white-space:pre-wrap}
.verdict-agrees{color:#1a7f37}.verdict-disagrees{color:#b42318}.verdict-partly{color:#9a6700}
ol.sources{font-size:.85rem}`;

export function renderHtml(doc: ReportDocument): string {
  const refs = numberRefs(doc);
  const body: string[] = [];
  type Heading = { kind: 'h2' | 'h3'; text: string; id?: string };
  const toc = doc.blocks.filter((b): b is Heading => b.kind === 'h2' && b.id !== undefined);
  body.push(`<nav><strong>Contents</strong><ul>${toc.map((b) => `<li><a href="#${b.id}">${escapeHtml(b.text)}</a></li>`).join('')}<li><a href="#sources">Sources of the numbers</a></li></ul></nav>`);
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'h2': body.push(`<h2${b.id ? ` id="${b.id}"` : ''}>${escapeHtml(b.text)}</h2>`); break;
      case 'h3': body.push(`<h3>${escapeHtml(b.text)}</h3>`); break;
      case 'p': body.push(`<p>${inlineHtml(b.content, refs, doc)}</p>`); break;
      case 'ul': body.push(`<ul>${b.items.map((i) => `<li>${inlineHtml(i, refs, doc)}</li>`).join('')}</ul>`); break;
      case 'table':
        body.push(`<table><thead><tr>${b.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((c) => {
            const text = inlineHtml(c, refs, doc);
            const cls = c.length === 1 && typeof c[0] === 'string' && /^(agrees|disagrees|partly)$/.test(c[0]) ? ` class="verdict-${c[0]}"` : '';
            return `<td${cls}>${text}</td>`;
          }).join('')}</tr>`).join('')}</tbody></table>`);
        break;
      case 'chart': body.push(`<figure>${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`); break;
      case 'pre': body.push(`<pre>${escapeHtml(b.text)}</pre>`); break;
    }
  }
  body.push(`<h2 id="sources">Sources of the numbers</h2><ol class="sources">${sourceList(doc, refs).map((s) => `<li id="${anchor(s.ref)}">${escapeHtml(s.text)}</li>`).join('')}</ol>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(doc.title)}</h1><p class="subtitle">${escapeHtml(doc.subtitle)}</p>
${body.join('\n')}
</body></html>
`;
}
