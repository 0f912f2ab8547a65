import { describe, expect, it } from 'vitest';
import { MarkerSequence, tokenizePlainMarkers, tokenizeSuperscripts } from '../../src/lib/parse/markers.ts';

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
