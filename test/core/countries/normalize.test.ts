import { describe, expect, it } from 'vitest';
import { nameForms, normalizeName, reducedKey } from '../../../src/core/countries/normalize.js';
import { levenshtein, nameSimilarity, trigramDice } from '../../../src/core/countries/similarity.js';

describe('normalizeName', () => {
  it('folds case, diacritics, punctuation, "&" and a leading "the"', () => {
    expect(normalizeName('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalizeName("Côte d'Ivoire")).toBe('cote divoire');
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('Trinidad & Tobago')).toBe('trinidad and tobago');
    expect(normalizeName('The Gambia')).toBe('gambia');
    expect(normalizeName('  São Tomé & Príncipe ')).toBe('sao tome and principe');
  });

  it('spells out publisher abbreviations and joins runs of single letters', () => {
    expect(normalizeName('Belarus, Rep. of')).toBe('belarus republic of');
    expect(normalizeName('Congo, Dem. Rep. of the')).toBe('congo democratic republic of the');
    expect(normalizeName('St. Kitts and Nevis')).toBe('saint kitts and nevis');
    expect(normalizeName('U.S.A.')).toBe('usa');
    expect(normalizeName('Lao PDR')).toBe('lao peoples democratic republic');
    expect(normalizeName('China, P.R. of')).toBe('china peoples republic of');
    expect(normalizeName('Iran. I. Rep of')).toBe('iran islamic republic of');
  });

  it('keeps non-Latin scripts', () => {
    expect(normalizeName('Беларусь')).toBe('беларусь');
    expect(normalizeName('СССР')).toBe('ссср');
  });
});

describe('reducedKey', () => {
  it('makes word order and filler words irrelevant', () => {
    const key = (s: string) => reducedKey(normalizeName(s));
    expect(key('Korea, Rep. of')).toBe(key('Republic of Korea'));
    expect(key('Congo, Dem. Rep. of the')).toBe(key('Democratic Republic of the Congo'));
    expect(key('Belarus, Rep. of')).toBe('belarus');
    expect(key('Congo, Rep. of')).not.toBe(key('Congo, Dem. Rep. of the'));
  });
});

describe('nameForms', () => {
  const texts = (name: string, aside = false) => nameForms(name, aside).map((f) => f.text);

  it('moves qualifiers ending in "of" to the front and drops the bare name', () => {
    expect(texts('Congo (the Democratic Republic of the)')).toEqual([
      'Congo (the Democratic Republic of the)',
      'the Democratic Republic of the Congo',
    ]);
    expect(texts('Bolivia (Plurinational State of)')).toEqual(['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia']);
  });

  it('keeps a bare name, and a former name only from the state lists', () => {
    expect(texts('Belarus (Byelorussia)', true)).toEqual(['Belarus (Byelorussia)', 'Byelorussia', 'Belarus']);
    expect(texts('Virgin Islands (British)')).toEqual(['Virgin Islands (British)', 'Virgin Islands']);
    expect(texts('Falkland Islands (the) [Malvinas]')).toEqual(['Falkland Islands (the) [Malvinas]', 'Falkland Islands']);
  });
});

describe('similarity', () => {
  it('computes known edit distances and Dice coefficients', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('belarusia', 'belarus')).toBe(2);
    expect(levenshtein('', 'abc')).toBe(3);
    // "ab" → trigrams "  a"," ab","ab " ; "ac" → "  a"," ac","ac ": one shared of six.
    expect(trigramDice('ab', 'ac')).toBeCloseTo(2 / 6, 8);
  });

  it('ranks a one-letter typo above an unrelated name', () => {
    expect(nameSimilarity('belarus', 'belarus')).toBe(1);
    expect(nameSimilarity('belarusia', 'belarus')).toBeGreaterThan(nameSimilarity('belarusia', 'bulgaria'));
  });
});
