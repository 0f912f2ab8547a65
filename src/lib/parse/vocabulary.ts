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

/**
 * The Members of the United Nations and its observer States, by the short names its documents
 * print, for telling a sponsor list from the agenda item title above it.
 */
export const STATES = new Set([
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahamas (The)', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia (Plurinational State of)', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei Darussalam', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cambodia',
  'Cameroon', 'Canada', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica',
  'Côte d’Ivoire', 'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'Democratic People’s Republic of Korea', 'Democratic Republic of the Congo', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji',
  'Finland', 'France', 'Gabon', 'Gambia', 'Gambia (Republic of The)', 'Gambia (The)', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala',
  'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran (Islamic Republic of)',
  'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati',
  'Kuwait', 'Kyrgyzstan', 'Lao People’s Democratic Republic', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius',
  'Mexico', 'Micronesia (Federated States of)', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru',
  'Nepal', 'Netherlands', 'Netherlands (Kingdom of the)', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
  'Republic of Korea', 'Republic of Moldova', 'Romania', 'Russian Federation', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino',
  'Sao Tome and Principe', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands',
  'Somalia', 'South Africa', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syrian Arab Republic',
  'Tajikistan', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Türkiye', 'Turkey', 'Turkmenistan', 'Tuvalu',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom of Great Britain and Northern Ireland', 'United Republic of Tanzania', 'United States of America', 'Uruguay', 'Uzbekistan', 'Vanuatu',
  'Venezuela (Bolivarian Republic of)', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe', 'Holy See', 'State of Palestine',
]);
