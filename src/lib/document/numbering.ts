/** How the numbers of items are printed and named, defined once for pages, exports and labels. */

/** An item's number as printed: "(b)", "(ii)", or a decimal sub-paragraph's own "3.1". */
export const printedItemNumber = (num: string) => (/^\d+\.\d+$/.test(num) ? num : `(${num})`);

/** A place named from its paragraph and the points of its eId: "para. 3 (b) (ii)", "para. 3.1" (a point in digits is decimal). */
export const withPoints = (head: string, points: readonly string[]) =>
  points.reduce((label, p) => (/^\d+$/.test(p) ? `${label}.${p}` : `${label} (${p})`), head);

const FIRSTS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1 -> "1st", 62 -> "62nd", 71 -> "71st", 13 -> "13th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** 5 -> "fifth", 21 -> "twenty-first", 40 -> "fortieth", as the UN cites preambular paragraphs; from 100, "100th". */
export function ordinalWord(n: number): string {
  if (n < 20) return FIRSTS[n]!;
  if (n < 100) return n % 10 === 0 ? `${TENS[n / 10]!.slice(0, -1)}ieth` : `${TENS[Math.floor(n / 10)]}-${FIRSTS[n % 10]}`;
  return ordinal(n);
}
