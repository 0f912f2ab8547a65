/**
 * The operative phrase that the General Assembly prints in italics at the head of each
 * operative paragraph ("*Calls upon*", "*Notes with satisfaction*", "*Also requests*").
 * PDF extraction loses the italics; this rule restores them. On the clean sources, whose
 * italics survive, the rule gives exactly the source's italics (a test checks this).
 *
 * The phrase is: an optional adverb ("Also"), a verb in the third person singular
 * ("Requests"), then an optional fixed continuation ("upon", "with satisfaction", "note of",
 * "also").
 */
import { OPERATIVE_ADVERBS, OPERATIVE_CONTINUATIONS } from './vocabulary.ts';

const continuations = [...OPERATIVE_CONTINUATIONS].sort((a, b) => b.length - a.length).join('|');
const adverbs = [...OPERATIVE_ADVERBS].join('|');
const PHRASE = new RegExp(`^(?:(?:${adverbs})(?: again)? [a-z]+s|[A-Z][a-z]+s)(?: (?:${continuations}))?(?=[ ,;:]|$)`);

/** The operative phrase at the start of a paragraph's text, or null if it has none. */
export function operativePhrase(text: string): string | null {
  return PHRASE.exec(text)?.[0] ?? null;
}
