/**
 * The words of the General Assembly's drafting conventions that the parser relies on,
 * declared in one place rather than scattered through regular expressions.
 */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * First words of preambular paragraphs ("Recalling its resolutions …"). In PDF text, where
 * paragraphs are not separated by blank lines, a line that follows a paragraph-ending comma
 * and starts with one of these words starts a new paragraph.
 */
export const PREAMBLE_OPENERS = new Set([
  'Acknowledging', 'Acting', 'Affirming', 'Alarmed', 'Appalled', 'Appreciating', 'Approving', 'Aware',
  'Bearing', 'Believing', 'Calling', 'Cognizant', 'Commending', 'Committed', 'Concerned', 'Condemning',
  'Confident', 'Conscious', 'Considering', 'Convinced', 'Deeply', 'Deploring', 'Desiring', 'Desirous',
  'Determined', 'Disturbed', 'Emphasizing', 'Encouraged', 'Encouraging', 'Endorsing', 'Expressing',
  'Fully', 'Further', 'Gravely', 'Guided', 'Having', 'Highlighting', 'Keeping', 'Mindful', 'Noting',
  'Observing', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing', 'Referring', 'Regretting',
  'Reiterating', 'Reminding', 'Renewing', 'Seeking', 'Stressing', 'Strongly', 'Supporting', 'Taking',
  'Underlining', 'Underscoring', 'Urging', 'Welcoming', 'Wishing',
]);

/** Adverbs that may stand before an operative verb ("*Also requests*"). */
export const OPERATIVE_ADVERBS = new Set(['Also', 'Further', 'Again', 'Once', 'Strongly', 'Firmly', 'Urgently']);

/**
 * Words that, after an operative verb, belong to the italicized phrase
 * ("*Calls upon*", "*Notes with satisfaction*", "*Takes note of*", "*Requests also*").
 */
export const OPERATIVE_CONTINUATIONS = [
  'with deep concern', 'with satisfaction', 'with appreciation', 'with concern', 'with interest',
  'note of', 'upon', 'again', 'also', 'further', 'once again',
] as const;

/** Member State names that contain " and ", protected when a sponsor list is split. */
export const NAMES_WITH_AND = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
] as const;

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** The session ordinals as the masthead spells them ("Sixty-sixth session" -> 66), 1 to 99. */
export function ordinalWordToNumber(word: string): number | null {
  const w = word.toLowerCase();
  for (let n = 1; n < 100; n++) if (spellOrdinal(n) === w) return n;
  return null;
}

/** 66 -> "sixty-sixth", as mastheads spell sessions (1 to 99). */
export function spellOrdinal(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? `${TENS[tens]}ieth` : `${TENS[tens]}y-${UNITS[unit]}`;
}

/** True when a line opens with a preambular word ("Recalling, in this connection, …"). */
export const opensPreambularParagraph = (text: string): boolean =>
  PREAMBLE_OPENERS.has(/^\**([A-Za-z]+)/.exec(text)?.[1] ?? '');
