/**
 * What a query asks for, and which passages answer it. One reading, used by the search page
 * (Pagefind finds the records that may hold a match; every passage in them is then tested
 * here, so that no paragraph holding a phrase is missed), by the highlight on the paragraph a
 * hit lands on, and by the benchmark's phrase recall. Pure.
 *
 * - Words are compared folded: lower case, accents removed, letters and digits only ("open-ended"
 *   is "open ended", "A/65/201" is "a 65 201").
 * - A quoted phrase matches its words in a row, as written; an unquoted word matches a word of
 *   the same stem (threat, threats), and the last one, while typing, any word it begins.
 * - Unquoted stop words ("of", "the") are left out, unless the query has nothing else.
 * - The field's synonyms make variants of a query; a passage answers if it answers any of them.
 */

/** Words too common to find anything by. */
export const STOP_WORDS = new Set(
  'a an and are as at be been by for from has have in into is it its of on or such that the their these this those to was were which with'.split(' '),
);

/** Names the field uses for the same thing; each group's forms are searched for one another. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['cybersecurity', 'cyber security', 'information security'],
  ['ict', 'icts', 'information and communications technologies', 'information and communication technologies', 'information and communications technology'],
  ['gge', 'group of governmental experts'],
  ['oewg', 'open ended working group'],
];

/** At most this many variants of one query: each is one more search. */
const MAX_VARIANTS = 6;

export interface Query {
  /** Quoted phrases, as folded words. */
  phrases: string[][];
  /** The phrases as typed, for Pagefind, which reads "confidence-building" and "A/65/201" its own way. */
  typed: string[];
  /** Unquoted words, folded, stop words left out. */
  terms: string[];
  /** The last term may be the start of a word (the query is being typed). */
  prefixLast: boolean;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** A word folded for comparison. */
export const fold = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The words of a text, folded, with where each stands in it. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** A light English stem: enough for plurals and the common endings, never below three letters. */
export function stem(word: string): string {
  for (const [suffix, replacement] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !(suffix === 's' && /(?:ss|us|is)$/.test(word)))
      return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/** Reads a query as typed: its quoted phrases and its other words. */
export function parseQuery(q: string, { typing = false } = {}): Query {
  const phrases: string[][] = [];
  const typed: string[] = [];
  const loose: string[] = [];
  // An unclosed quote is a phrase still being typed.
  for (const m of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    if (m[0].startsWith('"')) {
      const words = wordsOf(m[1]!).map((w) => w.word);
      if (words.length) {
        phrases.push(words);
        typed.push(m[1]!.trim());
      }
    } else loose.push(...wordsOf(m[0]).map((w) => w.word));
  }
  const kept = loose.filter((w) => !STOP_WORDS.has(w));
  const terms = kept.length || phrases.length ? kept : loose;
  const last = loose.at(-1);
  return { phrases, typed, terms, prefixLast: typing && terms.length > 0 && terms.at(-1) === last && /[\p{L}\p{N}]$/u.test(q) };
}

/** The query's variants under the field's synonyms: itself first. */
export function queryVariants(query: Query): Query[] {
  const variants: Query[] = [query];
  const forms = SYNONYMS.map((group) => group.map((form) => form.split(' ')));
  for (let v = 0; v < variants.length && variants.length < MAX_VARIANTS; v++) {
    const current = variants[v]!;
    for (const [g, group] of forms.entries()) {
      for (const [f, form] of group.entries()) {
        const at = current.phrases.findIndex((p) => p.join(' ') === form.join(' '));
        const termAt = form.length === 1 ? current.terms.indexOf(form[0]!) : indexOfRun(current.terms, form);
        if (at === -1 && termAt === -1) continue;
        for (const [o, other] of group.entries()) {
          if (o === f || variants.length >= MAX_VARIANTS) continue;
          const phrases = at === -1 ? [...current.phrases] : current.phrases.filter((_, i) => i !== at);
          const typed = at === -1 ? [...current.typed] : current.typed.filter((_, i) => i !== at);
          const terms = termAt === -1 ? [...current.terms] : current.terms.filter((_, i) => i < termAt || i >= termAt + form.length);
          if (other.length > 1) {
            phrases.push(other);
            typed.push(SYNONYMS[g]![o]!);
          } else terms.push(other[0]!);
          const variant = { phrases, typed, terms, prefixLast: false };
          if (!variants.some((x) => sameQuery(x, variant))) variants.push(variant);
        }
      }
    }
  }
  return variants;
}

const indexOfRun = (words: string[], run: string[]) => words.findIndex((_, i) => run.every((w, k) => words[i + k] === w));
const sameQuery = (a: Query, b: Query) =>
  JSON.stringify([a.phrases.map((p) => p.join(' ')).sort(), [...a.terms].sort()]) ===
  JSON.stringify([b.phrases.map((p) => p.join(' ')).sort(), [...b.terms].sort()]);

/**
 * What to ask Pagefind for one variant: the phrases as typed, in quotes, then the terms. A stop
 * word inside a phrase is left to the passage test: its index chunk is the largest download
 * there is, and a record holding the phrase holds its other words all the same.
 */
export function pagefindQuery(query: Query): string {
  const phrases = query.typed.map((typed, i) => {
    const words = query.phrases[i]!;
    const content = words.filter((w) => !STOP_WORDS.has(w));
    // A symbol ("A/65/201") stays whole: its letter is no word.
    return content.length === words.length || content.length === 0 || /\d/.test(typed) ? `"${typed}"` : content.join(' ');
  });
  return [...phrases, ...query.terms].join(' ');
}

export const isEmpty = (query: Query) => query.phrases.length === 0 && query.terms.length === 0;

/**
 * Where `text` answers `query`: the character ranges of every phrase and term found, or null
 * when some phrase or term is missing (a passage answers only with all of them).
 */
export function matchText(text: string, query: Query): Array<[number, number]> | null {
  if (isEmpty(query)) return null;
  const words = wordsOf(text);
  const ranges: Array<[number, number]> = [];
  for (const phrase of query.phrases) {
    let found = false;
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k]!.word === w)) {
        ranges.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
        found = true;
      }
    }
    if (!found) return null;
  }
  for (const [t, term] of query.terms.entries()) {
    const prefix = query.prefixLast && t === query.terms.length - 1;
    const wanted = stem(term);
    const hits = words.filter((w) => stem(w.word) === wanted || (prefix && w.word.startsWith(term)));
    if (hits.length === 0) return null;
    for (const w of hits) ranges.push([w.start, w.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Where `text` answers any of the variants: their ranges together, or null. */
export function matchVariants(text: string, variants: Query[]): Array<[number, number]> | null {
  const all = variants.flatMap((v) => matchText(text, v) ?? []);
  return all.length ? all.sort((a, b) => a[0] - b[0]) : null;
}

/** The query a hit's link carries to the paragraph it lands on, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';
