/**
 * The page layer of a PDF text extraction: pdftotext's default output, pages separated by
 * form feeds. It takes out what belongs to the page rather than to the text, and reads the
 * footnotes at each page's foot. Its guarantees:
 * - only lines of a declared furniture kind are removed (`FURNITURE` in lines.ts, the running
 *   header: the document's own symbol and a block whose words are exactly the title's), and
 *   every removed line is returned with its number and reason, so that it can be listed;
 * - a page number is removed only as "p/n" where n is the document's page count, a job number
 *   only when it is the document's own (the one on its first page);
 * - the footnote numbers and texts that pdftotext prints apart are joined in order; where the
 *   division of the texts among the numbers is not certain, it refuses with the line;
 * - each note's marker is found in the text of the page that carries the note, in order, or
 *   the document is refused: a marker is never guessed from a number in another page.
 * A text without form feeds is not paginated and is left to the plain-text readers.
 */
import type { MastheadNote, Move, Removal } from '../schema.ts';
import type { Line } from './lines.ts';
import { classifyLine, furnitureKind, wordKey } from './lines.ts';
import type { NoteText } from './footnotes.ts';
import { endsParagraph, markerToken } from './markers.ts';
import { fail } from './problems.ts';
import { MONTHS } from './vocabulary.ts';

export type PagedNote = Required<Omit<NoteText, 'continuesAt'>> & Pick<NoteText, 'continuesAt'>;

export interface PagedText {
  /** The document's lines in order, less furniture and footnote areas; body lines carry marker tokens. */
  lines: Line[];
  notes: PagedNote[];
  /** Markers in order of citation. */
  cited: string[];
  removed: Removal[];
  moved: Move[];
  mastheadNotes: MastheadNote[];
}

const wordsOf = (lines: Line[]) => wordKey(lines.map((l) => l.text).join(' '));
const nonBlank = (l: Line) => l.kind !== 'blank';

/** Splits the lines at form feeds; null when the text has none (it is not paginated). */
function toPages(raw: string, lines: Line[]): Line[][] | null {
  const starts = raw.split('\n').map((t) => t.startsWith('\f'));
  if (!starts.some(Boolean)) return null;
  const pages: Line[][] = [[]];
  for (const line of lines) {
    if (starts[line.n - 1] && pages[pages.length - 1]!.length) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  return pages.filter((p) => p.some(nonBlank));
}

/** The words of the title: the lines right above the enacting formula, less a resolution number. */
function titleWords(page: Line[]): string {
  const formula = page.findIndex((l) => l.kind === 'formula' || /^The General Assembly\b/.test(l.text));
  if (formula === -1) return '';
  let i = formula - 1;
  while (i >= 0 && nonBlank(page[i]!) && !/^\d+\/\d+\.$/.test(page[i]!.text) && !/draft resolution$/.test(page[i]!.text)) i--;
  return wordsOf(page.slice(i + 1, formula));
}

export function readPages(raw: string, lines: Line[]): PagedText | null {
  const pages = toPages(raw, lines);
  if (!pages) return null;
  const removed: Removal[] = [];
  const remove = (line: Line, reason: string) => removed.push({ line: line.n, text: line.text, reason });
  const first = pages[0]!.find(nonBlank);
  const symbol = first?.kind === 'symbol' ? first.text.replace(/\*+$/, '') : null;
  const title = titleWords(pages[0]!);
  // The job number is the document's own: the one its first page prints.
  const job = pages[0]!.find((l) => furnitureKind(l.text) === 'job number')?.text.slice(0, 8) ?? null;

  const out: Line[] = [];
  const notes: PagedNote[] = [];
  const mastheadNotes: MastheadNote[] = [];
  const cited: string[] = [];
  pages.forEach((page, k) => {
    let body = splitRuleAtEnd(page);
    if (k > 0) body = dropRunningHeader(body, symbol, title, remove);
    body = body.filter((line) => {
      const kind = furnitureKind(line.text);
      if (!kind) return true;
      if (kind === 'page number' && !isPageOf(line.text, pages.length)) return true;
      if (kind === 'job number' && job && !line.text.startsWith(job)) return true;
      remove(line, kind);
      return false;
    });
    const rule = body.findIndex((l) => l.kind === 'rule');
    if (rule !== -1) {
      remove(body[rule]!, 'footnote rule');
      const zone = body.slice(rule + 1).filter(nonBlank);
      body = body.slice(0, rule);
      // "* Reissued for technical reasons on …": a note on the publication, not on the text.
      const { starred, rest } = readStarNotes(zone);
      mastheadNotes.push(...starred);
      const pageNotes = readNoteArea(rest, notes);
      placeMarkers(body, pageNotes, cited);
      notes.push(...pageNotes);
    }
    out.push(...body);
  });
  const moved: Move[] = [];
  return { lines: putLastLinesBack(out, moved), notes, cited, removed: removed.sort((a, b) => a.line - b.line), moved, mastheadNotes };
}

/**
 * The notes marked with asterisks at a page's foot ("* On behalf of the Group of 77 and China",
 * "** Any changes to the list of sponsors …"): they annotate the symbol or the sponsors, not the
 * text. Each runs from its asterisks to the line that ends its sentence, or to the next note.
 */
function readStarNotes(zone: Line[]): { starred: MastheadNote[]; rest: Line[] } {
  const starred: MastheadNote[] = [];
  const rest: Line[] = [];
  let open: { note: MastheadNote; text: string[] } | null = null;
  const close = () => {
    if (open) starred.push({ ...open.note, text: open.text.join(' ') });
    open = null;
  };
  for (const line of zone) {
    const m = /^(\*{1,3})\s*(\S.*)$/.exec(line.text);
    if (m && !/^\*\d/.test(line.text)) {
      close();
      open = { note: { marker: m[1]!, text: '', lines: { first: line.n, last: line.n } }, text: [m[2]!] };
    } else if (open && !/[.)]$/.test(open.text[open.text.length - 1]!) && !/^\d{1,3}(?:\s|$)/.test(line.text)) {
      open.text.push(line.text);
      open.note.lines.last = line.n;
    } else {
      close();
      rest.push(line);
    }
  }
  close();
  return { starred, rest };
}

/**
 * pdftotext prints the short last line of some paragraphs right after the number, before the
 * first line: "3." / "2026;" / blank / "Welcomes … on 17 January" / blank. The line goes back
 * after the paragraph's other lines only where the form is unmistakable: the number alone on its
 * line, then one line that ends a sentence, a blank, and lines that open with a capital and stop
 * mid-sentence, up to a blank, a number or the end. Each move is listed.
 */
function putLastLinesBack(lines: Line[], moved: Move[]): Line[] {
  const out = lines.slice();
  for (let i = 0; i + 3 < out.length; i++) {
    if (out[i]!.kind !== 'number') continue;
    const last = out[i + 1]!;
    if (last.kind !== 'text' || !endsParagraph(last.text) || out[i + 2]!.kind !== 'blank') continue;
    // Blank lines between, however many the furniture removed from there left.
    let j = i + 3;
    while (j < out.length && out[j]!.kind === 'blank') j++;
    if (j >= out.length || out[j]!.kind !== 'text' || !/^\p{Lu}/u.test(out[j]!.text)) continue;
    while (j + 1 < out.length && out[j + 1]!.kind === 'text') j++;
    const end = out[j + 1];
    if (endsParagraph(out[j]!.text) || (end && !['blank', 'number', 'numbered', 'meeting', 'closing'].includes(end.kind))) continue;
    out.splice(i + 1, 1);
    out.splice(j, 0, last);
    moved.push({
      line: last.n,
      after: out[j - 1]!.n,
      text: last.text,
      reason: `pdftotext printed the last line of paragraph ${out[i]!.text.replace(/\.$/, '')} after its number, before its first line`,
    });
  }
  return out;
}

/** A footnote rule that pdftotext printed at the end of the page's last text line: "… military -to____". */
const RULE_AT_END = /^(.*[^_\s])\s*(_{10,})$/;

/** The page with such a rule set on a line of its own (the same source line), where the page has no other. */
function splitRuleAtEnd(page: Line[]): Line[] {
  if (page.some((l) => l.kind === 'rule')) return page;
  const i = page.findIndex((l) => RULE_AT_END.test(l.text));
  if (i === -1) return page;
  const [, text, rule] = RULE_AT_END.exec(page[i]!.text)!;
  const n = page[i]!.n;
  return [...page.slice(0, i), { n, text: text!, kind: classifyLine(text!) }, { n, text: rule!, kind: 'rule' as const }, ...page.slice(i + 1)];
}

function isPageOf(text: string, count: number): boolean {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  return m !== null && Number(m[2]) === count && Number(m[1]) >= 1 && Number(m[1]) <= count;
}

/** The running header at a page's top: the symbol, and the title above or below it. */
function dropRunningHeader(page: Line[], symbol: string | null, title: string, remove: (l: Line, r: string) => void): Line[] {
  const at = (i: number) => page.findIndex((l, j) => j >= i && nonBlank(l));
  const blockFrom = (i: number) => {
    let j = i;
    while (j < page.length && nonBlank(page[j]!)) j++;
    return page.slice(i, j);
  };
  const isSymbol = (l: Line | undefined) => l !== undefined && symbol !== null && l.text.replace(/\*+$/, '') === symbol;
  const isTitle = (block: Line[]) => title !== '' && block.length > 0 && block.length <= 6 && wordsOf(block) === title;
  const top = at(0);
  if (top === -1) return page;
  if (isSymbol(page[top])) {
    remove(page[top]!, 'running header: the document symbol');
    let rest = page.slice(top + 1);
    const next = rest.findIndex(nonBlank);
    const block = next === -1 ? [] : blockFrom(top + 1 + next);
    // A title block ends at a blank line; one that runs straight into the text is the text.
    const end = top + 1 + next + block.length;
    if (isTitle(block) && (end >= page.length || !nonBlank(page[end]!))) {
      for (const l of block) remove(l, 'running header: the title');
      rest = page.slice(end);
    }
    return rest;
  }
  const block = blockFrom(top);
  if (!isTitle(block)) return page;
  const removeTitle = () => block.forEach((l) => remove(l, 'running header: the title'));
  const after = at(top + block.length);
  if (after !== -1 && isSymbol(page[after])) {
    removeTitle();
    remove(page[after]!, 'running header: the document symbol');
    return page.slice(after + 1);
  }
  // "Report of …" / "(c)" / "A/RES/78/108": the page's first label printed between title and symbol.
  const symbolAt = after === -1 ? -1 : at(after + 1);
  if (symbolAt !== -1 && ['label', 'number'].includes(page[after]!.kind) && isSymbol(page[symbolAt])) {
    removeTitle();
    remove(page[symbolAt]!, 'running header: the document symbol');
    return [page[after]!, ...page.slice(symbolAt + 1)];
  }
  // The title alone, a block of its own at the top: the page prints its symbol at the foot, or not at all.
  if (after !== -1) {
    removeTitle();
    return page.slice(top + block.length);
  }
  return page;
}

const NUMBER_ONLY = /^(\d{1,3})$/;
const NUMBER_AND_TEXT = /^(\d{1,3})\s+(\S.*)$/;

/**
 * Reads a page's footnote area. pdftotext prints each note's number either before its text on
 * one line, or on a line of its own, and the numbers of a page either each before its text or
 * all together, before or after the texts. The texts are in order; the numbers are the next
 * ones after the notes read so far. So the texts are divided in order among the numbers: at
 * each number printed right before a text line (between texts), and otherwise where a line
 * ends a sentence and the next begins one; when those places are more or fewer than needed,
 * the division is not certain and the source is refused.
 */
function readNoteArea(zone: Line[], before: PagedNote[]): PagedNote[] {
  if (zone.length === 0) return [];
  const next = before.length ? Number(before[before.length - 1]!.marker) + 1 : 1;
  type Entry = { kind: 'number'; n: number; line: Line } | { kind: 'text'; line: Line; n?: number };
  const entries: Entry[] = [];
  let expect = next; // the number a note printed with its text on one line must have
  for (const line of zone) {
    const only = NUMBER_ONLY.exec(line.text);
    const lead = NUMBER_AND_TEXT.exec(line.text);
    if (only && Number(only[1]) >= next && Number(only[1]) < next + 50) {
      entries.push({ kind: 'number', n: Number(only[1]), line });
      expect = Math.max(expect, Number(only[1]) + 1);
    } else if (lead && Number(lead[1]) === expect && !STARTS_WITH_MONTH.test(lead[2]!) && !/^\p{Pd}/u.test(lead[2]!)) {
      entries.push({ kind: 'number', n: expect, line: { ...line, text: lead[1]! } });
      entries.push({ kind: 'text', line: { ...line, text: lead[2]! }, n: expect });
      expect++;
    } else {
      entries.push({ kind: 'text', line });
    }
  }
  // "corrigendum (E/2005/27 …)": a text that opens in lower case goes on with the note the page before ended with.
  const first = entries.findIndex((e) => e.kind === 'text');
  const carried = before[before.length - 1];
  if (
    first !== -1 &&
    carried &&
    entries[first]!.n === undefined &&
    /^\p{Ll}/u.test(entries[first]!.line.text) &&
    !/^(?:https?:|www\.)/.test(entries[first]!.line.text)
  ) {
    carryOver(carried, [entries[first]!.line]);
    entries.splice(first, 1);
  }
  const numbers = entries.filter((e): e is Extract<Entry, { kind: 'number' }> => e.kind === 'number');
  const texts = entries.filter((e) => e.kind === 'text');
  if (numbers.length === 0) {
    // The rest of a note that began on the page before.
    const last = before[before.length - 1];
    if (!last || /[.]$/.test(last.lines[last.lines.length - 1]!.text)) {
      fail(zone[0]!.n, 'text under a footnote rule with no footnote number: expected "N" and the note');
    }
    carryOver(
      last,
      texts.map((t) => t.line),
    );
    return [];
  }
  const values = numbers.map((e) => e.n).sort((a, b) => a - b);
  values.forEach((v, i) => {
    if (v !== next + i) fail(numbers.find((e) => e.n === v)!.line.n, `footnote ${v} where ${next + i} was expected: numbering gap or repeat in the notes`);
  });
  if (texts.length < numbers.length) fail(numbers[0]!.line.n, `${numbers.length} footnote numbers but only ${texts.length} lines of note text`);

  // Fixed starts: a text given its number on the same line, or a number printed between two texts right before one.
  const fixed = new Map<number, number>(); // text index -> note number
  const certain = new Set<number>(); // fixed starts that cannot be the rest of a note from the page before
  entries.forEach((e, i) => {
    if (e.kind === 'text' && e.n !== undefined) {
      fixed.set(texts.indexOf(e), e.n);
      certain.add(texts.indexOf(e));
    }
    if (e.kind !== 'number') return;
    const prev = entries[i - 1];
    const following = entries[i + 1];
    if (following?.kind === 'text' && following.n === undefined && (prev === undefined || prev.kind === 'text')) fixed.set(texts.indexOf(following), e.n);
    if (following?.kind === 'text' && prev?.kind === 'text') certain.add(texts.indexOf(following));
  });
  fixed.set(0, next);
  const starts = [...fixed].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]![1] <= starts[i - 1]![1]) fail(texts[starts[i]![0]]!.line.n, 'footnote numbers out of order with their texts');
  }
  // Between two fixed starts, the notes between them start where a sentence ends.
  const startOf = new Map<number, number>(); // note number -> text index
  for (let s = 0; s < starts.length; s++) {
    const [from, n] = starts[s]!;
    const [to, m] = s + 1 < starts.length ? starts[s + 1]! : [texts.length, next + numbers.length];
    startOf.set(n, from);
    const needed = m - n - 1;
    const candidates: number[] = [];
    for (let i = from + 1; i < to; i++) if (sentenceBreak(texts[i - 1]!.line.text, texts[i]!.line.text)) candidates.push(i);
    // A note of several sentences, where its start is certain and no other note starts before the next.
    if (needed === 0 && certain.has(from)) continue;
    if (candidates.length !== needed) {
      fail(
        texts[from]!.line.n,
        `cannot tell which lines are the text of footnote${needed > 0 ? `s ${n} to ${m - 1}` : ` ${n}`}: ${candidates.length + 1} sentences for ${needed + 1} notes`,
      );
    }
    candidates.forEach((i, k) => startOf.set(n + 1 + k, i));
  }
  const ordered = [...startOf].sort((a, b) => a[0] - b[0]);
  return ordered.map(([n, from], i) => {
    const to = i + 1 < ordered.length ? ordered[i + 1]![1] : texts.length;
    const number = numbers.find((e) => e.n === n)!;
    return { marker: String(n), markerLine: number.line.n, lines: texts.slice(from, to).map((t) => t.line) };
  });
}

/** Lines at a page's foot that go on with the last note of the page before. */
function carryOver(note: PagedNote, lines: Line[]): void {
  note.continuesAt ??= note.lines.length;
  note.lines.push(...lines);
}

/** "3 December 2009 …" opens with a date, not with note 3 (nor does "3 – 14 June 1992", a range). */
const STARTS_WITH_MONTH = new RegExp(`^(?:${MONTHS.join('|')})\\b`);

/**
 * A note may end here and the next begin: a full stop, then a capital, a document symbol, a year
 * and a capital ("2010 Review Conference …") or an address ("www.un.org/…"). Not after an
 * abbreviation ("Sales No." / "E.86.IX.7").
 */
function sentenceBreak(before: string, after: string): boolean {
  return /[.)”]$/.test(before) && !ABBREVIATION_AT_END.test(before) && /^(?:[A-Z“]|(?:19|20)\d{2} [A-Z]|https?:\/\/|www\.)/.test(after);
}
const ABBREVIATION_AT_END = /\b(?:Nos?|vols?|paras?|chap|sect|pp?|arts?|Corr|Add|Rev|Suppl|e\.g|i\.e)\.$/;

/** Words after which a number is a number, not a footnote marker: "paragraph 3", "Goal 16". */
const COUNTED =
  /(?:^|[\s(/])(?:paragraph|paras?\.|article|arts?\.|annex|chapter|chap\.|section|sect\.|Nos?\.|goal|target|rule|principle|recommendation|phase|level|step|part|vol\.|pp?\.|item|and|or|to|from|between|than|of|the|by|Corr\.|Add\.|Rev\.|Suppl\.|Amend\.|Covid|COVID)\s?$/i;
/**
 * The same words in the plural count only where an enumeration goes on ("paragraphs 3 and 4",
 * "articles 5, 6"): "the Goals 25 and other processes", "recommendations 59 emanating" are notes.
 */
const COUNTED_PLURAL =
  /(?:^|[\s(])(?:paragraphs|articles|annexes|chapters|sections|goals|targets|rules|principles|recommendations|resolutions|decisions|phases|levels|steps|parts|Protocols|items)\s?$/i;
const ENUMERATION_GOES_ON = /^(?:\s*(?:,|and|or|to|–|-)\s*\(?\d|\s*\()/;
const AFTER_NUMBER = new RegExp(
  `^(?:\\s*(?:${MONTHS.join('|')}|per cent|%|million|billion|trillion|years?|months?|days?|weeks?|hours?|times|(?:and|to|or) \\d{1,3}\\b(?!\\/)|–|-|\\/|\\.\\d|,\\d{3}(?!\\d))|\\d)`,
);

const DATE_AFTER = new RegExp(`^ (?:and|to) \\d{1,2} (?:${MONTHS.join('|')})\\b`);
/** "Justice 9 and 15 March", "2021 20 and 1 and 30 April": a note, or the first day of a list of dates. */
const DAYS_AFTER = new RegExp(`^ (?:and|to) \\d{1,2}(?: (?:and|to) \\d{1,2})* (?:${MONTHS.join('|')})\\b`);
/** A date's own preposition: "on 15 and 16 March" is two days. */
const DAY_BEFORE = /\b(?:on|of|from|between|by|and|to)\s$/i;
/**
 * "resolution 4/1", "resolution 217 A (III)", "decision 1/CP.21": the number of a resolution or
 * decision goes on after the number. "the draft resolution 7 submitted", "decision 20 on" do not:
 * perhaps a note, perhaps an unnumbered conference resolution.
 */
const RESOLUTION_WORD = /(?:^|[\s(])(?:resolution|decision)\s$/i;
const RESOLUTION_NUMBER_GOES_ON = /^(?:\/|\s?\(|\s[A-Z]{1,2}\b|,? (?:and|to|or)? ?\d)/;

/**
 * Finds, in order, each note's marker in the page's text: the note's number standing alone
 * after a word, punctuation or a year, not counted by the word before it ("paragraph 3") nor
 * followed by a unit or date. Failing that, a number that looks like part of an enumeration
 * ("Agenda 21, 6") is taken when it is the only one on the page after the marker before.
 * Markers are replaced by marker tokens.
 */
function placeMarkers(body: Line[], pageNotes: PagedNote[], cited: string[]): void {
  let from = { line: 0, offset: 0 };
  for (const note of pageNotes) {
    const strong: Candidate[] = [];
    const weak: Candidate[] = [];
    const { pattern, gluedToYear } = markerPatterns(note.marker);
    for (let i = from.line; i < body.length; i++) {
      const line = body[i]!;
      // Most lines do not hold the number at all: both patterns, led by lookbehinds, would try every position.
      if (line.kind === 'blank' || !line.text.includes(note.marker)) continue;
      pattern.lastIndex = i === from.line ? from.offset : 0;
      for (let m = pattern.exec(line.text); m; m = pattern.exec(line.text)) {
        const start = m.index;
        const before = line.text.slice(Math.max(0, start - 24), start);
        const after = line.text.slice(start + m[1]!.length);
        // "6 November 2017 15 and 10 March 2021": after a year, "and 10 March" is the next date, not an enumeration.
        const nextDate = /\b(?:19|20)\d{2},? $/.test(before) && DATE_AFTER.test(after);
        if (COUNTED.test(before)) continue;
        // Inside a symbol: "A/RES/80/1", "A/C.1/80/L.1", "S-10/2".
        if (/\/[\w.\-]*$/.test(before) && /[\w./-]$/.test(before)) continue;
        // After a hyphen: "COVID -19", "G-77" (a marker follows a word or a stop, not a dash of its own word).
        if (/\p{Pd}$/u.test(before)) continue;
        if (COUNTED_PLURAL.test(before) && ENUMERATION_GOES_ON.test(after)) continue;
        if (start === 0 && /^\.\s/.test(after)) continue; // "3. Requests": a paragraph number
        if (RESOLUTION_WORD.test(before) && RESOLUTION_NUMBER_GOES_ON.test(after)) continue;
        const days = DAYS_AFTER.test(after) && !DAY_BEFORE.test(before);
        if (AFTER_NUMBER.test(after) && !nextDate && !days) continue;
        // Perhaps a note, perhaps not; taken only when it is the one such number on the page:
        // "1, 2 and 3" (an enumeration, unless the number before is a year or a symbol's), "565 14
        // workers" (a number just before), "resolution 7 submitted", "Justice 9 and 15 March".
        const enumeration = /(?:^|[^\d/.])\d{1,3}(?:,\s|\s(?:and|to|or)\s)$/.test(before);
        const afterNumber = /(?:^|\s)\d{1,3} $/.test(before);
        (enumeration || afterNumber || days || RESOLUTION_WORD.test(before) ? weak : strong).push({ line: i, start });
      }
      // "for 20251 and", "2015–203015": the marker glued to a year, where nothing but a year can stand before it.
      for (const m of line.text.matchAll(gluedToYear)) {
        if (i > from.line || m.index >= from.offset) strong.push({ line: i, start: m.index });
      }
      strong.sort((a, b) => a.line - b.line || a.start - b.start);
      if (strong.length) break;
    }
    const at = strong[0] ?? (weak.length === 1 ? weak[0] : undefined);
    if (!at) fail(note.markerLine, `footnote ${note.marker}: its marker is not found in the text of its page`);
    const line = body[at.line]!;
    const token = markerToken(note.marker);
    body[at.line] = { ...line, text: line.text.slice(0, at.start) + token + line.text.slice(at.start + note.marker.length) };
    from = { line: at.line, offset: at.start + token.length };
    cited.push(note.marker);
  }
}

/**
 * The patterns of a note's marker, made once per marker: a corpus' notes are numbered 1, 2, 3… in
 * every text, and made for each note, they were compiled again for each (half a CPU-second of the
 * real corpus' ingest). `pattern` is positioned before each use; `gluedToYear` is only matched
 * through `matchAll`, which works on a copy.
 */
const markerPatternsOf = new Map<string, { pattern: RegExp; gluedToYear: RegExp }>();

function markerPatterns(marker: string): { pattern: RegExp; gluedToYear: RegExp } {
  let patterns = markerPatternsOf.get(marker);
  if (!patterns) {
    patterns = {
      pattern: new RegExp(
        `(?:(?<=[\\p{L}\\p{P}])|(?<=[\\p{L}\\p{P}] )|(?<=\\b\\d{1,4},? )|(?<=(?:^|\\s)\\S*[\\p{L}\\p{Pd}/.]\\d+ )|(?<=\\bAgenda 21,? ))(${marker})(?![\\p{N}])`,
        'gu',
      ),
      gluedToYear: new RegExp(`(?<=(?:^|[^\\p{N}/.,])(?:19|20)\\d{2})${marker}(?![\\p{N}/])`, 'gu'),
    };
    markerPatternsOf.set(marker, patterns);
  }
  return patterns;
}

interface Candidate {
  line: number;
  start: number;
}
