/**
 * The invariants of a right reading, checked on every document the ingest accepts, from the
 * source text on one side and the output on the other. They do not trust the parser: each
 * looks at the raw lines for what must have been read, and at the output for what must not
 * be there. A document that breaks one is refused, so that nothing is published misread.
 */
import type { Paragraph, ResolutionDocument } from './schema.ts';
import { STATES, wordKey, type NormalizedText } from './parse/index.ts';
import { walk } from './document/index.ts';

export interface Violation {
  line: number;
  message: string;
}

/** What page furniture looks like inside running text. */
const FURNITURE_IN_TEXT: ReadonlyArray<readonly [string, RegExp]> = [
  ['a job number', /\b\d{2}-\d{5} \(E\)/],
  ['a barcode', /\*\d{7,}\*/],
  ['a footnote rule', /_{5,}/],
];

/** Masthead lines that must never be read as part of a title. */
const MASTHEAD_IN_TITLE: ReadonlyArray<readonly [string, RegExp]> = [
  ['the distribution line', /\bDistr\.:/],
  ['the agenda item', /^Agenda items? \d|\bAgenda items? \d+\b.*\bsession\b/],
  ['the adoption line', /Resolution adopted by the General Assembly/],
  ['the committee report', /\[on the report of|\[without reference to/],
  ['the session', /^[A-Z][a-z]+(?:-[a-z]+)? session\b/],
  ['the resolution number', /^\d+\/\d+\./],
  ['the closing', /\b\d+(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting/],
];

/** Which masthead field a raw line shows, for the fields that must then be read. */
const STATED_FIELDS: ReadonlyArray<readonly [keyof ResolutionDocument, string, RegExp]> = [
  ['issued', 'the distribution and date of issue', /^Distr\.:/],
  ['session', 'the session', /^[A-Z][a-z]+(?:-[a-z]+)? session$/],
  ['agendaItem', 'the agenda item', /^(?:Agenda items? \d|Item \d+ of the provisional agenda)/],
  ['committeeReport', 'the committee report', /^\[(?:on the report of the .* Committee|without reference to a Main Committee) \(/],
  ['adopted', 'the adoption date and meeting', /^Resolution adopted by the General Assembly/],
];

export function checkInvariants(source: NormalizedText, doc: ResolutionDocument): Violation[] {
  const violations: Violation[] = [];
  const lines = source.split('\n').map((t) => t.replace(/^\f/, '').trim());
  const formula = lines.findIndex((l) => /^The General Assembly\b/.test(l));
  const head = formula === -1 ? lines : lines.slice(0, formula);

  const texts: Array<{ where: string; text: string; line: number }> = [
    { where: 'the title', text: doc.title, line: 1 },
    ...[...walk([...doc.preamble, ...doc.operative, ...doc.annexes.flatMap((a) => a.paragraphs)])].map((p: Paragraph) => ({
      where: p.eId,
      text: p.text,
      line: p.lines.first,
    })),
    ...doc.operative.flatMap((p) => (p.heading ? [{ where: `the heading above ${p.eId}`, text: p.heading.text, line: p.heading.lines.first }] : [])),
    ...doc.footnotes.flatMap((f) => (f.text ? [{ where: `footnote ${f.marker}`, text: f.text, line: f.lines!.first }] : [])),
  ];
  // A text names its own symbol only in a running header; it cites its title in quotes or after a
  // word ("entitled “…”", "the report of …"), never as a sentence of its own.
  const namesOwnSymbol = symbolNamedIn(doc.symbol);
  for (const { where, text, line } of texts) {
    for (const [what, pattern] of FURNITURE_IN_TEXT) {
      if (pattern.test(text)) violations.push({ line, message: `${what} inside ${where}: page furniture read as text` });
    }
    if (where === 'the title') continue;
    if (namesOwnSymbol(text)) violations.push({ line, message: `the document's own symbol inside ${where}: a running header read as text` });
    if (holdsTitle(text, doc.title)) violations.push({ line, message: `the document's title inside ${where}: a running header read as text` });
  }
  // A running title, near the top of a page, must have been left out as such.
  const left = new Set(doc.removed.map((r) => r.line));
  for (const at of runningTitles(source, doc.title)) {
    if (!at.every((n) => left.has(n))) violations.push({ line: at[0]!, message: 'the running title at the top of a page was read as text' });
  }
  // Sponsors read as part of a title: two States or more, one after the other.
  for (const [where, text] of [
    ['the title', doc.title],
    ['the agenda item title', doc.agendaTitle ?? ''],
  ] as const) {
    const names = [
      ...new Set(
        text
          .split(/,\s*|\s+and\s+/)
          .map((name) => name.trim())
          .filter((name) => STATES.has(name)),
      ),
    ];
    if (names.length >= 2) violations.push({ line: 1, message: `States (${names.slice(0, 3).join(', ')}) inside ${where}: the sponsors read as part of it` });
  }
  // Every paragraph and item ends as a sentence or a clause does; one that stops mid-phrase lost its
  // last lines, or took in a heading or a table ("… of Racial Discrimination", "I Achieving …").
  // A footnote marker never stands inside a symbol or a resolution number ("70/1", "A/C.1/80/L.1").
  for (const p of walk([...doc.preamble, ...doc.operative, ...doc.annexes.flatMap((a) => a.paragraphs)])) {
    p.inline.forEach((node, i) => {
      const before = p.inline[i - 1];
      if (node.type === 'noteRef' && before?.type === 'text' && /(?:\/|\b(?:Add|Corr|Rev|L)\.)$/.test(before.value))
        violations.push({
          line: p.lines.first,
          message: `footnote ${node.marker} read inside a symbol ("…${before.value.slice(-20)}${node.marker}") in ${p.eId}`,
        });
    });
  }
  // The source itself may omit the last paragraph's stop, where the closing follows at once.
  const nextLine = (n: number) => lines.slice(n).find((l) => l !== '') ?? '';
  const unstopped = (p: Paragraph) => p === [...walk(doc.operative)].at(-1) && /plenary meeting/.test(nextLine(p.lines.last));
  for (const p of walk([...doc.preamble, ...doc.operative, ...doc.annexes.flatMap((a) => a.paragraphs)])) {
    if (!ENDS_AS_A_CLAUSE.test(p.text) && p.inline.at(-1)?.type !== 'noteRef' && !unstopped(p))
      violations.push({
        line: p.lines.last,
        message: `${p.eId} ends mid-phrase ("…${p.text.slice(-40)}"): its end printed elsewhere, or a heading or table read into it?`,
      });
  }
  // An operative paragraph opens with its verb, in capitals; in lower case, its first words were printed elsewhere.
  for (const p of doc.operative) {
    if (p.num !== null && /^\p{Ll}/u.test(p.text))
      violations.push({
        line: p.lines.first,
        message: `operative paragraph ${p.num} opens in lower case ("${p.text.slice(0, 40)}…"): its first words printed elsewhere?`,
      });
  }
  for (const [what, pattern] of MASTHEAD_IN_TITLE) {
    if (pattern.test(doc.title)) violations.push({ line: 1, message: `${what} read as part of the title "${doc.title.slice(0, 80)}"` });
    if (doc.agendaTitle && pattern.test(doc.agendaTitle) && what !== 'the agenda item')
      violations.push({ line: 1, message: `${what} read as part of the agenda item's title "${doc.agendaTitle.slice(0, 80)}"` });
  }
  // A bracketed line may be wrapped: each line is tried with the one after it.
  const headJoined = head.map((l, i) => (l.startsWith('[') && !l.endsWith(']') ? `${l} ${head[i + 1] ?? ''}` : l));
  for (const [field, what, pattern] of STATED_FIELDS) {
    const at = headJoined.findIndex((l) => pattern.test(l));
    if (at !== -1 && (doc[field] === null || doc[field] === undefined)) {
      violations.push({ line: at + 1, message: `the masthead states ${what} but it was not read` });
    }
  }
  const first = head.findIndex((l) => l !== '');
  if (first !== -1 && /^A\/\S+\/\d+\S*$/.test(head[first]!) && doc.symbol === null) {
    violations.push({ line: first + 1, message: 'the masthead states the document symbol but it was not read' });
  }
  if (doc.kind === 'resolution' && doc.issued && !doc.adopted) {
    violations.push({ line: lines.length, message: 'a resolution without its adoption date and meeting: the closing was not read' });
  }
  // A PDF extraction prints every note; the hand-made sources record some markers only.
  for (const f of source.includes('\f') ? doc.footnotes : []) {
    if (f.text === null) violations.push({ line: 1, message: `footnote ${f.marker} is cited but its text was not read` });
  }
  return violations;
}

/**
 * Where the title stands at the top of a page, as a block of lines of its own: the numbers of the
 * lines that spell it, word for word.
 */
function runningTitles(source: string, title: string): number[][] {
  const wanted = wordKey(title);
  const lines = source.split('\n');
  const found: number[][] = [];
  lines.forEach((line, i) => {
    if (i === 0 || !line.startsWith('\f')) return;
    // The page's first three blocks of lines (a header is a block: blank lines around it).
    const blocks: number[][] = [[]];
    for (let k = i; k < Math.min(lines.length, i + 16) && blocks.length <= 3; k++) {
      if (lines[k]!.trim() === '') blocks.at(-1)!.length && blocks.push([]);
      else blocks.at(-1)!.push(k + 1);
    }
    for (const block of blocks) if (block.length && wordKey(block.map((n) => lines[n - 1]).join(' ')) === wanted) found.push(block);
  });
  return found;
}

/** Whether a text names `symbol` as a word of its own. */
function symbolNamedIn(symbol: string | null): (text: string) => boolean {
  if (!symbol) return () => false;
  const pattern = new RegExp(`(?:^|\\s)${escape(symbol)}(?=\\s|$)`);
  // The plain search first: the expression alone tries every position of every paragraph.
  return (text) => text.includes(symbol) && pattern.test(text);
}

/** The title as a running header leaves it: the whole text, its end after a stop, or its start before a capital. */
function holdsTitle(text: string, title: string): boolean {
  if (text === title) return true;
  if (text.endsWith(title) && /[;:.,]\s$/.test(text.slice(0, -title.length).slice(-2))) return true;
  return text.startsWith(`${title} `) && /^\p{Lu}/u.test(text.slice(title.length + 1));
}

/** The end of a paragraph: a stop, a comma, a colon or a semicolon, perhaps inside quotes or brackets. */
const ENDS_AS_A_CLAUSE = /[.;:,!?][”’"')\]]*\s*$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
