/**
 * Reads the facts a masthead and a closing state. Each masthead line either matches one of
 * the declared field patterns or is part of a title. Every fact keeps the line it came from.
 */
import type { Line } from './lines.ts';
import { DATE_PATTERN, parseDate } from './dates.ts';
import { PLACEHOLDER } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { NAMES_WITH_AND, ordinalWordToNumber, STATES } from './vocabulary.ts';

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
  agendaTitle?: Stated<string> | undefined;
  committee?: Stated<string>;
  committeeReport?: Stated<string>;
  issued?: Stated<{ status: 'General' | 'Limited' | 'Restricted'; date: string }>;
  adoptedOn?: Stated<string>;
  sponsors?: Stated<string[]>;
  /** A draft submitted by an officer of a committee, not by sponsors: by whom, as printed. */
  submittedBy?: Stated<string>;
  isDraft: boolean;
  title: string | null;
}

const COMMITTEE_NAME = '(?:First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization(?: \\(Fourth\\))?) Committee(?: \\(Fourth Committee\\))?';
const COMMITTEE = new RegExp(`^(${COMMITTEE_NAME})$`);
const DISTRIBUTION = /^Distr\.:\s*(General|Limited|Restricted)$/;
const AGENDA = /^(?:Agenda items?|Item) (\d+(?: ?\([a-z]{1,4}\))?(?:(?:,| and) \d*(?: ?\([a-z]{1,4}\))?)*)(?: of the provisional agenda)?\**(?:\s+(\S.*))?$/;
/** "Resolution adopted by the General Assembly [on DATE]", or "… on" with the date on the next line. */
const ADOPTED = /^Resolution adopted by the General Assembly(?: on(?: (.+))?)?$/;
const REPORT = new RegExp(`^\\[on the report of the (${COMMITTEE_NAME}) \\((A\\/[^,)\\s]+)(?:, paras?\\. [^)]+)?\\)\\]$`);
const NO_COMMITTEE = /^\[without reference to a Main Committee \((A\/[^,)\s]+)(?:, paras?\. [^)]+)?\)\]$/;
const SPONSORS = /^(.+?):[\s*,]*draft (resolution|decision)$/;
const NUMBER = /^(\d+\/\d+)\.(?:\s+(.+))?$/;
/** "Draft resolution submitted by the Vice-Chair of the Committee, …", over up to four lines. */
const SUBMITTED = /^Draft (resolution|decision) submitted by (.+)$/;
/** Where such a statement ends: at the consultations, or at the symbol of the draft they were on. */
const SUBMITTED_END =
  /(?:consultations|A\/[A-Z0-9.]+\/\d+\/L\.\d+(?:\/Rev\.\d+)?|^(?:the )?(?:Chair|Vice-Chair|Rapporteur|Bureau|President)(?: of the (?:Committee|General Assembly))?)\**$/;

/**
 * Where fields run together on one line ("General Assembly Distr.: General 6 December 2023",
 * "Seventy-eighth session Agenda item 94 Developments …"), the line is read as the lines it
 * would have been, each keeping the line number.
 */
const FIELD_STARTS = new RegExp(
  [
    '(?<=^(?:United Nations|General Assembly)) (?=General Assembly|Distr\\.:)',
    '(?<=^Distr\\.:\\s*(?:General|Limited|Restricted)) (?=\\d)',
    '(?<=^[A-Z][a-z]+(?:-[a-z]+)? session) (?=\\S)',
    `(?<=^${COMMITTEE_NAME}) (?=Agenda)`,
    ' (?=Original: )',
    '(?<=^Resolution adopted by the General Assembly(?: on \\d{1,2} [A-Z][a-z]+ \\d{4})?) (?=\\[)',
  ].join('|'),
);

function splitRunTogether(line: Line): Line[] {
  const parts: Line[] = [];
  let rest = line.text;
  for (let m = FIELD_STARTS.exec(rest); m && parts.length < 8; m = FIELD_STARTS.exec(rest)) {
    parts.push({ ...line, text: rest.slice(0, m.index) });
    rest = rest.slice(m.index + 1);
  }
  return [...parts, { ...line, text: rest }];
}

/** "… and Uzbekistan:*" / "draft resolution": the sponsors' line and the words it ends with, wrapped apart. */
function joinDraftLine(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && /^draft (?:resolution|decision)$/.test(line.text) && /:\**$/.test(previous.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    } else out.push(line);
  }
  return out;
}

/** A sponsor's name as the UN prints it: capitalised words, "of", "the", "and", in brackets or not. */
const NAME_WORD = /^(?:\(?[A-Z\u00c0-\u00de][\p{L}’'.-]*\)?|\(?(?:of|the|and|da|de|d’Ivoire)\)?)$/u;
const isSponsorList = (text: string) =>
  text.length > 0 &&
  text.split(/,\s*|\s+and\s+/).every(
    (name) =>
      name.trim() !== '' &&
      name
        .trim()
        .split(/\s+/)
        .every((w) => NAME_WORD.test(w)),
  );
/** A list of names that are all States: certain, where the shape alone is not. */
const isListOfStates = (text: string) => splitSponsors(text).every((name) => STATES.has(name));

const NAME_TOKEN = new RegExp(`${PLACEHOLDER.nameOpen}(\\d+)${PLACEHOLDER.nameClose}`, 'g');

/** Splits "Armenia, Azerbaijan … Viet Nam and Zimbabwe" into names, keeping "Trinidad and Tobago" whole. */
export function splitSponsors(list: string): string[] {
  let protectedList = list;
  NAMES_WITH_AND.forEach((name, i) => {
    protectedList = protectedList.split(name).join(`${PLACEHOLDER.nameOpen}${i}${PLACEHOLDER.nameClose}`);
  });
  const parts = protectedList.split(/,\s*/);
  const last = parts.pop()!;
  const tail = last.split(/\s+and\s+/);
  const restore = (s: string) => s.replace(NAME_TOKEN, (_, i: string) => NAMES_WITH_AND[Number(i)]!).trim();
  return [...parts, ...tail].map(restore).filter(Boolean);
}

/**
 * Reads the masthead: the declared fields above (symbol, distribution and date, session,
 * committee, agenda item and its title, adoption, committee report, sponsors, number), then
 * the title, which is whatever follows the last of them. An agenda item's title runs from
 * its number to the next field; where sponsors follow it directly, they begin at the first
 * line from which all that follows is a list of names.
 */
export function readMasthead(input: Line[], problems: Problem[]): Masthead {
  const out: Masthead = { isDraft: false, title: null };
  const lines = joinDraftLine(input.filter((l) => l.kind !== 'blank').flatMap(splitRunTogether));
  let titleLines: Line[] = [];
  let agenda: Line[] | null = null; // the agenda item's title lines, while they are being read
  const stated = <T>(value: T, line: Line): Stated<T> => ({ value, line: line.n, quote: line.text });
  let distr: { status: 'General' | 'Limited' | 'Restricted'; line: Line } | null = null;
  let adoptedLine: Line | null = null;
  const field = () => {
    titleLines = [];
    if (agenda) out.agendaTitle = agendaTitle(agenda);
    agenda = null;
  };
  const agendaTitle = (ls: Line[]) =>
    ls.length
      ? stated(
          ls
            .map((l) => l.text)
            .join(' ')
            .replace(/\s+/g, ' '),
          ls[0]!,
        )
      : undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.replace(/^\*+|\*+$/g, '');
    let m: RegExpExecArray | null;
    // A bracketed report reference may be wrapped over two lines.
    const joined = t.startsWith('[') && !t.endsWith(']') && lines[i + 1] ? `${t} ${lines[i + 1]!.text}` : t;
    if (line.kind === 'symbol' && !out.symbol) {
      field();
      out.symbol = stated(line.text.replace(/\*+$/, ''), line);
    } else if (/^(?:General Assembly|United Nations|Original: .+)$/.test(t) && !out.number && !out.sponsors && !out.submittedBy && !out.agendaItem) {
      field();
    } else if ((m = DISTRIBUTION.exec(t))) {
      field();
      distr = { status: m[1] as 'General', line };
    } else if (distr && !out.issued && parseDate(t)) {
      field();
      out.issued = { value: { status: distr.status, date: parseDate(t)! }, line: line.n, quote: `${distr.line.text} ${t}` };
    } else if ((m = /^([A-Z][a-z]+(?:-[a-z]+)?) session$/.exec(t))) {
      field();
      const n = ordinalWordToNumber(m[1]!);
      if (n === null) problems.push({ line: line.n, message: `unknown session ordinal "${m[1]}"` });
      else out.session = stated(n, line);
    } else if ((m = AGENDA.exec(t)) && !out.agendaItem) {
      field();
      out.agendaItem = stated(m[1]!, line);
      agenda = m[2] ? [{ ...line, text: m[2] }] : [];
    } else if ((m = COMMITTEE.exec(t)) && !out.number && !out.sponsors) {
      field();
      out.committee = stated(m[1]!, line);
    } else if ((m = ADOPTED.exec(t))) {
      field();
      adoptedLine = line;
      if (m[1]) {
        const date = parseDate(m[1]);
        if (!date) problems.push({ line: line.n, message: `unreadable adoption date "${m[1]}"` });
        else out.adoptedOn = stated(date, line);
      }
    } else if (adoptedLine && !out.adoptedOn && (m = /^(?:on )?(\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(t)) && parseDate(m[1]!)) {
      field();
      out.adoptedOn = stated(parseDate(m[1]!)!, line);
    } else if ((m = REPORT.exec(joined))) {
      field();
      out.committee = stated(m[1]!, line);
      out.committeeReport = stated(m[2]!, line);
      if (joined !== t) i++;
    } else if ((m = NO_COMMITTEE.exec(joined))) {
      field();
      out.committeeReport = stated(m[1]!, line);
      if (joined !== t) i++;
    } else if ((m = NUMBER.exec(t)) && !out.number) {
      field();
      out.number = stated(m[1]!, line);
      if (m[2]) titleLines = [{ ...line, text: m[2] }];
    } else if (/^Draft (?:resolution|decision)$/.test(t) && !out.sponsors && !out.submittedBy && !out.isDraft) {
      // "Draft resolution" alone: a committee's draft that names neither sponsors nor submitter.
      field();
      if (t.endsWith('decision'))
        problems.push({ line: line.n, message: 'a draft decision, not a draft resolution: only resolutions and draft resolutions are read' });
      out.isDraft = true;
    } else if ((m = SUBMITTED.exec(t)) && !out.sponsors && !out.submittedBy) {
      field();
      let statement = m[2]!;
      let k = i;
      while (!SUBMITTED_END.test(statement) && k + 1 < lines.length && k - i < 3) statement += ` ${lines[++k]!.text}`;
      if (m[1] === 'decision')
        problems.push({ line: line.n, message: 'a draft decision, not a draft resolution: only resolutions and draft resolutions are read' });
      else if (!SUBMITTED_END.test(statement))
        problems.push({
          line: line.n,
          message: 'a draft "submitted by" whose statement does not end, within four lines, at "consultations", at the symbol of a draft or at the officer',
        });
      out.isDraft = true;
      out.submittedBy = { value: statement, line: line.n, quote: line.text };
      i = k;
    } else if ((m = SPONSORS.exec(t))) {
      // The sponsors may begin on an earlier line, right after the agenda item's title.
      const before: Line[] = agenda ?? titleLines;
      const last = m[1]!;
      // "Nigeria,* and Thailand": an asterisk after a name calls a note on that sponsor.
      const listFrom = (k: number) => [...before.slice(k).map((l) => l.text), last].join(' ').replace(/(?<=\S)\*+(?=[,\s]|$)/g, '');
      const first = agenda ? 1 : 0;
      const starts = Array.from({ length: before.length - first }, (_, k) => k + first);
      // Where all the names are States, that is the list; else the longest list of names' shape.
      // The shape alone is trusted only where the list opens with a State: "National Jurisdiction
      // Albania, …" has the shape of a list of names, but opens inside a title.
      const opensWithState = (k: number) => STATES.has(splitSponsors(listFrom(k))[0] ?? '');
      const from = starts.find((k) => isListOfStates(listFrom(k))) ?? starts.find((k) => opensWithState(k) && isSponsorList(listFrom(k))) ?? before.length;
      const list = listFrom(from);
      if (agenda) agenda = agenda.slice(0, from);
      field();
      if (m[2] === 'decision')
        problems.push({ line: line.n, message: 'a draft decision, not a draft resolution: only resolutions and draft resolutions are read' });
      out.isDraft = true;
      out.sponsors = stated(splitSponsors(list), before[from] ?? line);
    } else if (agenda) {
      agenda.push({ ...line, text: t });
    } else {
      titleLines.push({ ...line, text: t });
    }
  }
  if (agenda) out.agendaTitle = agendaTitle(agenda);
  if (distr && !out.issued) problems.push({ line: distr.line.n, message: 'distribution line without a date of issue after it' });
  out.title = titleLines.length
    ? titleLines
        .map((l) => l.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    : null;
  return out;
}

export interface Closing {
  meeting: number;
  date: string;
  lines: string[];
}

/** "71st plenary meeting" / "2 December 2011", or both on one line (Markdown emphasis stripped). */
export function readClosing(lines: Line[]): Closing | null {
  if (lines.length === 0) return null;
  const texts = lines.map((l) => l.text.replace(/^\*+|\*+$/g, '').trim());
  const meeting = Number(/^(\d+)/.exec(texts[0]!)![1]);
  const date = new RegExp(`${DATE_PATTERN}$`).exec(texts[texts.length - 1]!)![0];
  return { meeting, date: parseDate(date)!, lines: texts };
}
