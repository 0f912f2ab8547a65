import { MONTHS } from './vocabulary.ts';

const DATE = new RegExp(`^(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})$`);

/** "2 December 2011" -> "2011-12-02"; null for anything else, including impossible dates. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2] as (typeof MONTHS)[number]) + 1;
  const year = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date pattern as a source fragment, for use inside larger patterns. */
export const DATE_PATTERN = `\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}`;
