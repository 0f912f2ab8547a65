/**
 * Reads the facts a masthead and a closing state. Each masthead line either matches one of
 * the declared field patterns or is part of a title. Every fact keeps the line it came from.
 */
import type { Line } from './lines.ts';
import { parseDate } from './dates.ts';
import type { Problem } from './problems.ts';
import { NAMES_WITH_AND, ordinalWordToNumber } from './vocabulary.ts';

export interface Stated<T> {
  value: T;
  line: number;
  /** The source line, quoted as the basis of the fact. */
  quote: string;
}

export interface Masthead {
  symbol?: Stated<string>;
  number?: Stated<string>;
  session?: Stated<number>;
  agendaItem?: Stated<string>;
  committee?: Stated<string>;
  committeeReport?: Stated<string>;
  issued?: Stated<{ status: 'General' | 'Limited' | 'Restricted'; date: string }>;
  adoptedOn?: Stated<string>;
  sponsors?: Stated<string[]>;
  isDraft: boolean;
  title: string | null;
}

const COMMITTEE = /^((?:First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization(?: \(Fourth\))?) Committee)$/;

/** Splits "Armenia, Azerbaijan … Viet Nam and Zimbabwe" into names, keeping "Trinidad and Tobago" whole. */
export function splitSponsors(list: string): string[] {
  let protectedList = list;
  NAMES_WITH_AND.forEach((name, i) => {
    protectedList = protectedList.split(name).join(`\uE010${i}\uE011`);
  });
  const parts = protectedList.split(/,\s*/);
  const last = parts.pop()!;
  const tail = last.split(/\s+and\s+/);
  const restore = (s: string) => s.replace(/\uE010(\d+)\uE011/g, (_, i: string) => NAMES_WITH_AND[Number(i)]!).trim();
  return [...parts, ...tail].map(restore).filter(Boolean);
}

export function readMasthead(lines: Line[], problems: Problem[]): Masthead {
  const out: Masthead = { isDraft: false, title: null };
  let titleLines: string[] = [];
  const stated = <T>(value: T, line: Line): Stated<T> => ({ value, line: line.n, quote: line.text });
  let distr: { status: 'General' | 'Limited' | 'Restricted'; line: Line } | null = null;

  for (const line of lines) {
    const t = line.text.replace(/^\*+|\*+$/g, '');
    let m: RegExpExecArray | null;
    if (line.kind === 'symbol') {
      out.symbol = stated(t, line);
      titleLines = [];
    } else if (/^(?:General Assembly|United Nations|Original: .+)$/.test(t)) {
      titleLines = [];
    } else if ((m = /^Distr\.:\s*(General|Limited|Restricted)$/.exec(t))) {
      distr = { status: m[1] as 'General', line };
      titleLines = [];
    } else if (distr && !out.issued && parseDate(t)) {
      out.issued = { value: { status: distr.status, date: parseDate(t)! }, line: line.n, quote: `${distr.line.text} ${t}` };
      titleLines = [];
    } else if ((m = /^([A-Z][a-z]+(?:-[a-z]+)?) session$/.exec(t))) {
      const n = ordinalWordToNumber(m[1]!);
      if (n === null) problems.push({ line: line.n, message: `unknown session ordinal "${m[1]}"` });
      else out.session = stated(n, line);
      titleLines = [];
    } else if ((m = /^Agenda items? (.+)$/.exec(t))) {
      out.agendaItem = stated(m[1]!, line);
      titleLines = [];
    } else if ((m = COMMITTEE.exec(t))) {
      out.committee = stated(m[1]!, line);
      titleLines = [];
    } else if ((m = /^Resolution adopted by the General Assembly(?: on (.+))?$/.exec(t))) {
      if (m[1]) {
        const date = parseDate(m[1]);
        if (!date) problems.push({ line: line.n, message: `unreadable adoption date "${m[1]}"` });
        else out.adoptedOn = stated(date, line);
      }
      titleLines = [];
    } else if ((m = /^\[on the report of the (.+ Committee) \((A\/[^)\s]+)\)\]$/.exec(t))) {
      out.committee = stated(m[1]!, line);
      out.committeeReport = stated(m[2]!, line);
      titleLines = [];
    } else if ((m = /^\[without reference to a Main Committee \((A\/[^)\s]+)\)\]$/.exec(t))) {
      titleLines = [];
    } else if ((m = /^(.+):\s*draft resolution$/.exec(t))) {
      out.isDraft = true;
      out.sponsors = stated(splitSponsors(m[1]!), line);
      titleLines = [];
    } else if ((m = /^(\d+\/\d+)\.\s+(.+)$/.exec(t))) {
      out.number = stated(m[1]!, line);
      titleLines = [m[2]!];
    } else {
      titleLines.push(t);
    }
  }
  if (distr && !out.issued) problems.push({ line: distr.line.n, message: 'distribution line without a date of issue after it' });
  out.title = titleLines.length ? titleLines.join(' ').replace(/\s+/g, ' ').trim() : null;
  return out;
}

export interface Closing {
  meeting: number;
  date: string;
  lines: string[];
}

/** "71st plenary meeting" / "2 December 2011" (Markdown emphasis stripped). */
export function readClosing(lines: Line[]): Closing | null {
  if (lines.length !== 2) return null;
  const [meetingLine, dateLine] = lines.map((l) => l.text.replace(/^\*+|\*+$/g, '').trim()) as [string, string];
  const meeting = Number(/^(\d+)/.exec(meetingLine)![1]);
  return { meeting, date: parseDate(dateLine)!, lines: [meetingLine, dateLine] };
}
