/**
 * The date a document is known by, defined once: its adoption, else its issue. A valid document
 * may state neither (a draft without its masthead); then it has no known date, and what needs a
 * calendar date anyway (an Akoma Ntoso FRBR date) takes the year its session opened, and says so.
 */
import type { ResolutionDocument } from '../schema.ts';

/** The months as the UN writes them ("2 December 2011"): for reading dates and for writing them. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

type Dated = Pick<ResolutionDocument, 'adopted' | 'issued' | 'session'>;

export interface KnownDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** What the date is. */
  kind: 'adoption' | 'issue';
}

/** The adoption date, else the date of issue, else null. */
export function documentDate(doc: Pick<ResolutionDocument, 'adopted' | 'issued'>): KnownDate | null {
  if (doc.adopted) return { iso: doc.adopted.date, kind: 'adoption' };
  if (doc.issued) return { iso: doc.issued.date, kind: 'issue' };
  return null;
}

/** What a document sorts by in time: its known date (YYYY-MM-DD), or '' when it has none. */
export const dateKey = (doc: Pick<ResolutionDocument, 'adopted' | 'issued'>) => documentDate(doc)?.iso ?? '';

/** Oldest first (texts of no known date before all others), then by id: the order of reading and of comparison. */
export const byDate = (a: Pick<ResolutionDocument, 'adopted' | 'issued' | 'id'>, b: Pick<ResolutionDocument, 'adopted' | 'issued' | 'id'>) =>
  dateKey(a).localeCompare(dateKey(b)) || a.id.localeCompare(b.id);

/** The year a General Assembly session opens: the first in 1946, the Nth in 1945 + N. */
export const sessionYear = (session: number) => 1945 + session;

/** A calendar date for what must have one: the known date, or 1 January of the session's year, marked as such. */
export function calendarDate(doc: Dated): { iso: string; kind: KnownDate['kind'] | 'session year (date not known)' } {
  return documentDate(doc) ?? { iso: `${sessionYear(doc.session)}-01-01`, kind: 'session year (date not known)' };
}
