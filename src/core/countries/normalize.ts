// Name normalisation for country lookup: two spellings of one name must meet on the same key.

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  rep: 'republic',
  dem: 'democratic',
  fed: 'federal',
  sts: 'states',
  st: 'saint',
  ste: 'sainte',
  is: 'islands',
  isl: 'islands',
  isls: 'islands',
  pdr: 'peoples democratic republic',
  dpr: 'democratic peoples republic',
  cent: 'central',
  people: 'peoples',
  fyr: 'former yugoslav republic of',
};

/** Dotted initials, after joining ("P.R." → pr), as the IMF writes them ("China, P.R. of", "Afghanistan, I. S. of"). */
const INITIALS: Readonly<Record<string, string>> = {
  pr: 'peoples republic',
  is: 'islamic state',
  i: 'islamic',
};

/** Words that publishers add or drop freely ("Belarus, Rep. of", "Islamic Republic of Iran", "Eritrea, The State of"). */
const FILLER = new Set(['the', 'of', 'and', 'republic', 'state', 'kingdom', 'federal', 'islamic', 'plurinational', 'bolivarian']);

/**
 * Lower case, no diacritics, `&` → and, apostrophes dropped, other punctuation → space, common abbreviations
 * spelt out ("Rep." → republic, "St." → saint), runs of single letters joined ("U.S.A." → usa), leading "the" dropped.
 * Letters of any script are kept ("Беларусь" stays Cyrillic).
 */
export function normalizeName(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!text) return '';
  const tokens: string[] = [];
  let letters = '';
  for (const token of text.split(' ')) {
    if (token.length === 1 && /\p{L}/u.test(token)) {
      letters += token;
      continue;
    }
    if (letters) tokens.push(INITIALS[letters] ?? letters);
    letters = '';
    tokens.push(ABBREVIATIONS[token] ?? token);
  }
  if (letters) tokens.push(INITIALS[letters] ?? letters);
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens.join(' ');
}

/**
 * Order-free key without filler words, so that "Korea, Rep. of" and "Republic of Korea", or "Congo, Dem. Rep. of the"
 * and "Democratic Republic of the Congo", meet. Used only when the full key finds nothing.
 */
export function reducedKey(normalized: string): string {
  const tokens = normalized.split(' ').filter((t) => t && !FILLER.has(t));
  return tokens.length ? tokens.sort().join(' ') : normalized;
}

/** A spelling of a name and how much to trust it: a form rewritten from a parenthesis ranks below the name as given. */
export interface NameForm {
  text: string;
  derived: boolean;
}

/**
 * The forms under which a source name is indexed. Parentheses and brackets are either qualifiers that move to
 * the front ("Congo (the Democratic Republic of the)" → "the Democratic Republic of the Congo"), dropped articles
 * ("Bahamas (the)"), or asides: then the bare name is kept and, when `parentheticalIsName`, the aside too
 * ("Belarus (Byelorussia)" → "Byelorussia"; the COW and G-W lists use parentheses for former names).
 */
export function nameForms(name: string, parentheticalIsName = false): NameForm[] {
  const forms: NameForm[] = [{ text: name, derived: false }];
  const asides = [...name.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1]!.trim());
  if (!asides.length) return forms;
  const bare = name.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
  if (!bare) return forms;
  let qualified = false;
  for (const aside of asides) {
    const words = normalizeName(aside);
    if (/(^| )of$/.test(words) || /(^| )of the$/.test(words)) {
      forms.push({ text: `${aside} ${bare}`, derived: true });
      qualified = true;
    } else if (parentheticalIsName && words && words !== 'the' && !/ of( the)?$/.test(words)) {
      forms.push({ text: aside, derived: true });
    }
  }
  if (!qualified) forms.push({ text: bare, derived: true });
  return forms;
}
