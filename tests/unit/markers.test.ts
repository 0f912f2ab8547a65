import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/lib/parse/lines.ts';
import { MarkerSequence, tokenizePlainMarkers, tokenizeSuperscripts } from '../../src/lib/parse/markers.ts';
import { readPages } from '../../src/lib/parse/pages.ts';

/** Shows marker tokens as [n] so the expectations read like the printed text. */
const show = (s: string) => s.replace(/\uE000(\d+)\uE001/g, '[$1]');

function plain(lines: string[], highest = 0): string[] {
  const seq = new MarkerSequence();
  for (let i = 1; i <= highest; i++) seq.cite(String(i));
  return lines.map((l) => show(tokenizePlainMarkers(l, seq)));
}

describe('plain-digit footnote markers (PDF text)', () => {
  it.each([
    ['after a comma and a space, at the line end', ['the recommendations that were made, 1'], ['the recommendations that were made,[1]']],
    [
      'after a comma, inside the line',
      ['in the Context of International Security,1 to continue'],
      ['in the Context of International Security,[1] to continue'],
    ],
    ['after a closing parenthesis and comma', ['(second phase), 1'], ['(second phase),[1]']],
    ['after a lower-case letter', ['containing those assessments1'], ['containing those assessments[1]']],
    ['a real number after a word', ['pursuant to paragraphs 1 to 3 of resolutions'], ['pursuant to paragraphs 1 to 3 of resolutions']],
    ['an enumeration', ['paragraphs 1, 2 and 3 of resolution 60/45'], ['paragraphs 1, 2 and 3 of resolution 60/45']],
    ['resolution numbers', ['resolutions 53/70, 54/49, 55/28,'], ['resolutions 53/70, 54/49, 55/28,']],
    ['a year after a comma', ['established in 2012, on the basis'], ['established in 2012, on the basis']],
    ['symbol suffixes', ['A/55/140 and Corr.1 and Add.1'], ['A/55/140 and Corr.1 and Add.1']],
    ['a date after a comma', ['held in Paris on 30 July 1996, and'], ['held in Paris on 30 July 1996, and']],
  ])('%s', (_, input, output) => {
    expect(plain(input)).toEqual(output);
  });

  it('follows the footnote sequence: a marker is the next number or one already used', () => {
    expect(plain(['assessments, 1', 'made, 3', 'made, 2', 'again, 1'])).toEqual(['assessments,[1]', 'made, 3', 'made,[2]', 'again,[1]']);
  });

  it('continues a sequence already under way', () => {
    expect(plain(['Secretary-General, 4'], 3)).toEqual(['Secretary-General,[4]']);
  });
});

describe('superscript footnote markers (clean text)', () => {
  it('become marker tokens, multi-digit ones too', () => {
    const seq = new MarkerSequence();
    expect(show(tokenizeSuperscripts('made,¹ and phase),² and work,¹²', seq))).toBe('made,[1] and phase),[2] and work,[12]');
    expect(seq.cited).toEqual(['1', '2', '12']);
  });
});

describe('footnote markers on a page of PDF text (the note says which number to look for)', () => {
  /**
   * The body of a page with its notes under the rule, markers shown as [n] (the space before one
   * is dropped later); notes before `first` are on a page before it.
   */
  const onPage = (body: string[], notes: string[], first = 1) => {
    const before = Array.from({ length: first - 1 }, (_, i) => i + 1);
    const earlier = before.length
      ? [...before.map((n) => `Recalling the report, ${n}`), '__________________', ...before.flatMap((n) => [String(n), `A/80/${n}.`])]
      : [];
    const raw = `\f${[...earlier, ...(earlier.length ? ['\f'] : []), ...body, '__________________', ...notes].join('\n')}\n`;
    const paged = readPages(raw, toLines(raw))!;
    return paged.lines.filter((l) => l.kind !== 'blank' && l.n > earlier.length + (earlier.length ? 1 : 0)).map((l) => show(l.text));
  };

  // The real texts, their notes renumbered from 1 (a first page's).
  it.each([
    [
      'after "resolution" or "decision" with no resolution number going on (A/RES/79/78)',
      ['on 2 November 2022, 1 the Council took action on the draft resolution 2 submitted by the'],
      ['1', 'See S/PV.9000.', '2', 'S/2022/821.'],
      ['on 2 November 2022, [1] the Council took action on the draft resolution [2] submitted by the'],
    ],
    [
      'before a day that starts a date (A/RES/78/277)',
      ['15 March as the International Day to Combat Islamophobia 1 and 27 January as the Day'],
      ['1', 'Resolution 76/254.'],
      ['15 March as the International Day to Combat Islamophobia [1] and 27 January as the Day'],
    ],
    [
      'after a year, before a list of days (A/RES/79/182)',
      ['in Myanmar of 9 May 2018, 1 4 February 2021 2 and 1 and 30 April 2021,'],
      ['1', 'S/PRST/2018/12.', '2', 'S/PRST/2021/5.'],
      ['in Myanmar of 9 May 2018, [1] 4 February 2021 [2] and 1 and 30 April 2021,'],
    ],
    [
      'after a number (A/C.4/80/L.16)',
      ['including over 300 staff members among at least 565 1 humanitarian workers killed'],
      ['1', 'See OCHA, Humanitarian Situation Update.'],
      ['including over 300 staff members among at least 565 [1] humanitarian workers killed'],
    ],
  ])('%s', (_, body, notes, expected) => expect(onPage(body, notes)).toEqual(expected));

  it('leaves a number after a hyphen alone ("COVID -19", A/RES/78/174)', () => {
    expect(onPage(['impacts of COVID -19, conflicts and the report of the Secretary-General; 19'], ['19', 'A/78/211.'], 19)).toEqual([
      'impacts of COVID -19, conflicts and the report of the Secretary-General; [19]',
    ]);
  });

  it.each([
    ['a resolution number', ['Recalling its resolution 1 (V) and resolution 1/2 on the matter, 1'], 'matter, [1]'],
    ['a symbol’s suffix (A/RES/78/233)', ['(A/78/463/Add.1, para. 8) and the Least Developed Countries, 1'], 'Countries, [1]'],
    [
      'a resolution’s number (A/80/L.21)',
      ['Reaffirming its resolution 70/1 of 25 September 2015, and taking note of its forty-fourth session, 1'],
      'resolution 70/1 of',
    ],
    ['a document’s own symbol (A/C.1/80/L.1)', ['A/C.1/80/L.1', 'of the Tenth Special Session of the General Assembly, 1'], 'Assembly, [1]'],
    ['days after "on"', ['meetings held on 1 and 16 March and in Geneva, 1'], 'Geneva, [1]'],
    ['one of two possible places', ['at least 565 1 workers and 300 1 staff, as decision 1 says'], null],
  ])('leaves %s alone', (_, body, marked) => {
    if (marked === null) expect(() => onPage(body, ['1', 'A/80/100.'])).toThrow(/footnote 1: its marker is not found/);
    else expect(onPage(body, ['1', 'A/80/100.']).join(' ')).toContain(marked);
  });
});

describe('footnote texts on a page of PDF text', () => {
  it('a number before a dash is a range in a note’s text, not the next note ("3 – 14 June 1992", A/RES/79/200)', () => {
    const raw = `\f${[
      'the Declaration of the Conference, 1 the Rio Declaration, 2 and chapter 17 of Agenda 21, 3',
      '__________________',
      'See Report of the Conference on the Human Environment, part one, chap. I.',
      '2',
      'Report of the United Nations Conference on Environment and Development, Rio de Janeiro,',
      '3 – 14 June 1992, vol. I, annex I.',
      '3',
      'Ibid., annex II.',
      '1',
    ].join('\n')}\n`;
    const paged = readPages(raw, toLines(raw))!;
    expect(paged.notes.map((n) => [n.marker, n.lines.map((l) => l.text).join(' ')])).toEqual([
      ['1', 'See Report of the Conference on the Human Environment, part one, chap. I.'],
      ['2', 'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3 – 14 June 1992, vol. I, annex I.'],
      ['3', 'Ibid., annex II.'],
    ]);
  });
});
