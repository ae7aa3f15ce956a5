// Citations (src/metrics/citations.ts shape) → BibTeX entries: "Journal 33(1): 29–49" becomes an @article,
// "Place: Publisher" a @book, anything else @misc with the venue in howpublished.
import type { Citation } from '../metrics/citations.js';

const esc = (s: string) => s.replace(/([&%$#_])/g, '\\$1');
const pages = (s: string) => s.replace(/[–—]/g, '--');

export function toBibtex(c: Citation): string {
  const fields: Array<[string, string]> = [['author', c.authors], ['title', `{${c.title}}`], ['year', String(c.year)]];
  let type = 'misc';
  const article = /^(.*?)\s+(\d+)\((\d+)\):\s*(.+)$/.exec(c.venue) ?? /^(.*?)\s+(\d+):\s*(\d+\s*[–-]\s*\d+)$/.exec(c.venue);
  const book = /^([A-Z][^:,]{1,40}):\s*(.+)$/.exec(c.venue);
  if (article && article.length === 5) {
    type = 'article';
    fields.push(['journal', article[1]!], ['volume', article[2]!], ['number', article[3]!], ['pages', pages(article[4]!)]);
  } else if (article) {
    type = 'article';
    fields.push(['journal', article[1]!], ['volume', article[2]!], ['pages', pages(article[3]!)]);
  } else if (book) {
    type = 'book';
    fields.push(['address', book[1]!], ['publisher', book[2]!]);
  } else {
    fields.push(['howpublished', c.venue]);
  }
  return `@${type}{${c.key},\n${fields.map(([k, v]) => `  ${k} = {${esc(v)}}`).join(',\n')}\n}`;
}

export function formatCitation(c: Citation): string {
  return `${c.authors} (${c.year}). ${c.title}. ${c.venue}.`;
}
