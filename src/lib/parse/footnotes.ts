/**
 * Lifts footnote texts out of the body and marks the footnote markers in what remains.
 *
 * Footnotes sit where the page ended: at the bottom of a page (in PDF text under a rule line or
 * not), in the middle of a paragraph that continues after them, or after the closing. A line
 * starts a footnote when it begins with a marker and either follows a rule line or a finished
 * line, and (for plain digits) the marker has already been cited. The note goes on over the
 * following lines until a blank line, page furniture, the next note, or a line after a note
 * that already ended with a full stop. A plain number opening a line after an unfinished line
 * ("…in the field of information and" / "2 See A/C.2/59/3") is a note only when it is the
 * lowest marker still waiting for its text and what follows opens as a note does.
 */
import type { Line } from './lines.ts';
import { endsParagraph, MarkerSequence, superscriptToDigits, tokenizePlainMarkers, tokenizeSuperscripts } from './markers.ts';
import { MONTHS, opensPreambularParagraph } from './vocabulary.ts';
import { SUPERSCRIPT_DIGITS } from './lines.ts';

export interface NoteText {
  marker: string;
  /** The note's lines, in order; the first without its marker. */
  lines: Line[];
  /** The line of the printed number, when a PDF extraction printed it apart from the text. */
  markerLine?: number;
  /** Where the note runs on at the next page's foot: the index in `lines` of its first line there. */
  continuesAt?: number;
}

export interface BodyAndNotes {
  /** Body lines (blank lines kept, furniture dropped), markers replaced by tokens. */
  body: Line[];
  notes: NoteText[];
  /** Markers in order of citation in the body, repeats included. */
  cited: string[];
}

const NOTE_START = new RegExp(`^([${SUPERSCRIPT_DIGITS}]+|\\d{1,2})\\s+(\\S.*)$`);

export function separateFootnotes(lines: Line[]): BodyAndNotes {
  const superscriptLayout = lines.some((l) => new RegExp(`[${SUPERSCRIPT_DIGITS}]`).test(l.text));
  const seq = new MarkerSequence();
  const defined = new Set<string>();
  const body: Line[] = [];
  const notes: NoteText[] = [];
  let current: NoteText | null = null;
  let afterRule = false;
  let previous: Line | null = null; // last non-blank line seen, body or note

  const noteStart = (line: Line): { marker: string; rest: string } | null => {
    const m = NOTE_START.exec(line.text);
    if (!m) return null;
    const superscript = !/^\d/.test(m[1]!);
    if (superscript !== superscriptLayout) return null;
    const marker = superscript ? superscriptToDigits(m[1]!) : m[1]!;
    if (superscript) return { marker, rest: m[2]! };
    // Plain digits: only a marker already cited and not yet given its text, either after a
    // finished line, or (a note block in mid-paragraph) the lowest such marker with a text
    // that opens as notes do: a capital or a document symbol, but not a date ("2 December").
    if (!seq.has(marker) || defined.has(marker)) return null;
    const finished = afterRule || current !== null || previous === null || endsParagraph(previous.text);
    const lowestPending = seq.cited
      .filter((c) => !defined.has(c))
      .map(Number)
      .sort((a, b) => a - b)[0];
    if (finished || (Number(marker) === lowestPending && opensLikeNote(m[2]!))) return { marker, rest: m[2]! };
    return null;
  };

  for (const line of lines) {
    if (line.kind === 'blank') {
      current = null;
      body.push(line);
      continue;
    }
    if (line.kind === 'furniture' || line.kind === 'symbol') {
      current = null;
      afterRule = false;
      continue;
    }
    if (line.kind === 'rule') {
      current = null;
      afterRule = true;
      continue;
    }
    const start = line.kind === 'text' || line.kind === 'note' ? noteStart(line) : null;
    if (start) {
      current = { marker: start.marker, lines: [{ ...line, text: start.rest }] };
      defined.add(start.marker);
      notes.push(current);
      previous = line;
      continue;
    }
    if (current && continuesNote(current, line)) {
      current.lines.push(line);
      previous = line;
      continue;
    }
    current = null;
    afterRule = false;
    const text = superscriptLayout ? tokenizeSuperscripts(line.text, seq) : tokenizePlainMarkers(line.text, seq);
    const tokenized = { ...line, text };
    body.push(tokenized);
    previous = tokenized;
  }
  return { body, notes, cited: seq.cited };
}

function opensLikeNote(text: string): boolean {
  const first = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  return /^[A-Z]/.test(text) && !(MONTHS as readonly string[]).includes(first);
}

function continuesNote(note: NoteText, line: Line): boolean {
  if (line.kind !== 'text') return false;
  const last = note.lines[note.lines.length - 1]!.text;
  if (/\.$/.test(last)) return false;
  return !opensPreambularParagraph(line.text);
}
