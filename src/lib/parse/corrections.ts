/**
 * Hyphens that PDF extraction lost or added, repaired from evidence in the corpus itself.
 *
 * - A word run together from a compound ("SecretaryGeneral", "confidencebuilding") is given
 *   back its hyphen when the hyphenated form occurs in the corpus and the joined form occurs
 *   in no other source: the other sources are the evidence of how the word is spelled.
 * - A hyphen at a line end is kept ("Secretary-" + "General" is "Secretary-General") unless
 *   the corpus has the word only without it ("infor-" + "mation"), when the hyphen is a line
 *   break artefact and is dropped.
 * Every repair is returned as a correction with its reason; nothing is changed silently.
 */

import { asciiLettersOnly } from './ascii.ts';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const ASCII_WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;

/** The (global) expression for the words of `text`, hyphenated compounds whole: the ASCII one where it finds the same words. */
export const compoundWords = (text: string): RegExp => (asciiLettersOnly(text) ? ASCII_WORD : WORD);

export interface Lexicon {
  /** Hyphenated compounds by their letters run together in lower case: "secretarygeneral" -> "Secretary-General". */
  readonly compounds: ReadonlyMap<string, string>;
  /** For each plain (unhyphenated) word in lower case, the one source it occurs in, or null when several. */
  readonly plainIn: ReadonlyMap<string, string | null>;
}

/** Builds the lexicon from every source of the corpus (normalized text, keyed by file). */
export const buildLexicon = (sources: ReadonlyArray<{ file: string; text: string }>): Lexicon =>
  joinLexicons([lexiconPart(sources.map((source, at) => ({ ...source, at })))]);

/**
 * The lexicon of some of a corpus' sources (`at`: each one's place in the corpus, in increasing
 * order), with the place where each compound was first seen: shares of a corpus build theirs
 * apart, and `joinLexicons` makes of them the lexicon of the whole.
 */
export interface LexiconPart extends Lexicon {
  readonly firstSeen: ReadonlyMap<string, number>;
}

export function lexiconPart(sources: ReadonlyArray<{ file: string; text: string; at: number }>): LexiconPart {
  const compounds = new Map<string, string>();
  const plainIn = new Map<string, string | null>();
  const firstSeen = new Map<string, number>();
  for (const { file, text, at } of sources) {
    for (const word of sourceWords(text)) {
      if (word.includes('-')) {
        const key = word.replace(/-/g, '').toLowerCase();
        if (!compounds.has(key)) {
          compounds.set(key, word);
          firstSeen.set(key, at);
        }
      } else {
        const key = word.toLowerCase();
        const where = plainIn.get(key);
        if (where === undefined) plainIn.set(key, file);
        else if (where !== file) plainIn.set(key, null);
      }
    }
  }
  return { compounds, plainIn, firstSeen };
}

/** The lexicon of the sources of all the parts: a compound as first seen in the corpus, a plain word's source if it is in one only. */
export function joinLexicons(parts: readonly LexiconPart[]): Lexicon {
  if (parts.length === 1) return { compounds: parts[0]!.compounds, plainIn: parts[0]!.plainIn };
  const compounds = new Map<string, string>();
  const seenAt = new Map<string, number>();
  const plainIn = new Map<string, string | null>();
  for (const part of parts) {
    for (const [key, word] of part.compounds) {
      const at = part.firstSeen.get(key)!;
      const before = seenAt.get(key);
      if (before === undefined || at < before) {
        compounds.set(key, word);
        seenAt.set(key, at);
      }
    }
    // The parts have no source in common: a word in two of them is in two sources.
    for (const [key, where] of part.plainIn) plainIn.set(key, plainIn.has(key) ? null : where);
  }
  return { compounds, plainIn };
}

/** Each word of a source once, in order of first sight (a text repeats most of its words). */
function sourceWords(text: string): Set<string> {
  const seen = new Set<string>();
  // A hyphen at a line end is no evidence either way: skip the pieces it joins.
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const words = line.match(compoundWords(line));
    if (!words) return;
    const last = words[words.length - 1]!;
    const brokenHere = line.startsWith('-', line.lastIndexOf(last) + last.length);
    const brokenBefore = i > 0 && lines[i - 1]!.endsWith('-') && /\p{L}-$/u.test(lines[i - 1]!);
    words.forEach((word, k) => {
      if ((k === words.length - 1 && brokenHere) || (k === 0 && brokenBefore)) return;
      seen.add(word);
    });
  });
  return seen;
}

export const LOST_HYPHEN_REASON = 'hyphen lost in PDF text extraction; restored from the spelling in the other texts of the series';
export const LINE_BREAK_HYPHEN_REASON = 'hyphen added by a line break in the PDF; removed because the other texts spell the word without it';

/** The word with the hyphen put back, keeping its own letter case, or null if no repair applies. */
export function restoreLostHyphen(word: string, file: string, lexicon: Lexicon): string | null {
  if (word.includes('-')) return null;
  const key = word.toLowerCase();
  const compound = lexicon.compounds.get(key);
  if (!compound) return null;
  const where = lexicon.plainIn.get(key);
  if (where !== undefined && where !== file) return null; // the joined form occurs in another source
  let out = '';
  let i = 0;
  for (const c of compound) {
    if (c === '-') out += '-';
    else out += word[i++];
  }
  return out;
}

/** Whether a hyphen at a line end between `head` and `tail` should be dropped. */
export function isLineBreakHyphen(head: string, tail: string, lexicon: Lexicon): boolean {
  const key = (head + tail).toLowerCase();
  return lexicon.plainIn.has(key) && !lexicon.compounds.has(key);
}
