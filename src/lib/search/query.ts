/**
 * What a query asks for, and which passages answer it. One reading, used by the word index
 * (src/lib/search/word-index.ts: its words are these), by the search page (the index finds the
 * documents that may hold a match; every passage in them is then tested here, so that no
 * paragraph holding a phrase is missed), by the highlight on the paragraph a hit lands on, and
 * by the benchmark's phrase recall. Pure.
 *
 * - Words are compared folded: lower case, accents removed, letters and digits only ("open-ended"
 *   is "open ended", "A/65/201" is "a 65 201").
 * - A quoted phrase matches its words in a row, as written; an unquoted word matches a word of
 *   the same stem (threat, threats), and the last one, while typing, any word it begins (from
 *   MIN_PREFIX letters: a shorter start is most of the dictionary).
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

/** The shortest start of a word that, while typing, finds the words it begins. */
export const MIN_PREFIX = 3;

/** At most this many variants of one query: each is one more search. */
const MAX_VARIANTS = 6;

export interface Query {
  /** Quoted phrases, as folded words. */
  phrases: string[][];
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
  // Most words are ASCII, which decomposition leaves as they are: a search tests thousands.
  /^[\x00-\x7f]*$/.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();

/** A word as written: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, folded, with where each stands in it. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
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
  const loose: string[] = [];
  // An unclosed quote is a phrase still being typed.
  for (const m of q.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    if (m[0].startsWith('"')) {
      const words = wordsOf(m[1]!).map((w) => w.word);
      if (words.length) phrases.push(words);
    } else loose.push(...wordsOf(m[0]).map((w) => w.word));
  }
  const kept = loose.filter((w) => !STOP_WORDS.has(w));
  const terms = kept.length || phrases.length ? kept : loose;
  const last = loose.at(-1);
  const prefixLast = typing && terms.length > 0 && terms.at(-1) === last && (last?.length ?? 0) >= MIN_PREFIX && /[\p{L}\p{N}]$/u.test(q);
  return { phrases, terms, prefixLast };
}

/** The query's variants under the field's synonyms: itself first. */
export function queryVariants(query: Query): Query[] {
  const variants: Query[] = [query];
  const forms = SYNONYMS.map((group) => group.map((form) => form.split(' ')));
  for (let v = 0; v < variants.length && variants.length < MAX_VARIANTS; v++) {
    const current = variants[v]!;
    for (const group of forms) {
      for (const [f, form] of group.entries()) {
        const at = current.phrases.findIndex((p) => p.join(' ') === form.join(' '));
        const termAt = form.length === 1 ? current.terms.indexOf(form[0]!) : indexOfRun(current.terms, form);
        if (at === -1 && termAt === -1) continue;
        for (const [o, other] of group.entries()) {
          if (o === f || variants.length >= MAX_VARIANTS) continue;
          const phrases = at === -1 ? [...current.phrases] : current.phrases.filter((_, i) => i !== at);
          const terms = termAt === -1 ? [...current.terms] : current.terms.filter((_, i) => i < termAt || i >= termAt + form.length);
          if (other.length > 1) phrases.push(other);
          else terms.push(other[0]!);
          const variant = { phrases, terms, prefixLast: false };
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

export const isEmpty = (query: Query) => query.phrases.length === 0 && query.terms.length === 0;

/**
 * Where `text` answers `query`: the character ranges of every phrase and term found, or null
 * when some phrase or term is missing (a passage answers only with all of them).
 */
export function matchText(text: string, query: Query, words = wordsOf(text)): Array<[number, number]> | null {
  if (isEmpty(query)) return null;
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
    const hits = words.filter((w) => w.word.startsWith(wanted.slice(0, -1)) && (stem(w.word) === wanted || (prefix && w.word.startsWith(term))));
    if (hits.length === 0) return null;
    for (const w of hits) ranges.push([w.start, w.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Where `text` answers any of the variants: their ranges together, or null. */
export function matchVariants(text: string, variants: Query[]): Array<[number, number]> | null {
  const words = wordsOf(text);
  const all = variants.flatMap((v) => matchText(text, v, words) ?? []);
  return all.length ? all.sort((a, b) => a[0] - b[0]) : null;
}

/** The query a hit's link carries to the paragraph it lands on, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';
