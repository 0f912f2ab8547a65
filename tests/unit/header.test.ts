import { describe, expect, it } from 'vitest';
import { buildLexicon, isLineBreakHyphen, restoreLostHyphen } from '../../src/lib/parse/corrections.ts';
import { parseDate } from '../../src/lib/parse/dates.ts';
import { operativePhrase } from '../../src/lib/parse/emphasis.ts';
import { splitSponsors } from '../../src/lib/parse/header.ts';
import { classifyLine } from '../../src/lib/parse/lines.ts';
import { ordinalWordToNumber } from '../../src/lib/parse/vocabulary.ts';

describe('masthead vocabulary', () => {
  it.each([
    ['First', 1], ['Sixty-sixth', 66], ['Sixty-second', 62], ['Seventieth', 70], ['Sixty-fourth', 64], ['Fifty-sixth', 56], ['Twenty-first', 21], ['Eleventh', 11],
  ])('session ordinal %s is %i', (word, n) => expect(ordinalWordToNumber(word)).toBe(n));

  it('reads dates and refuses impossible ones', () => {
    expect(parseDate('2 December 2011')).toBe('2011-12-02');
    expect(parseDate('29 February 2013')).toBeNull();
    expect(parseDate('December 2, 2011')).toBeNull();
  });

  it('splits sponsor lists, keeping names that contain "and"', () => {
    expect(splitSponsors('Armenia, Viet Nam and Zimbabwe')).toEqual(['Armenia', 'Viet Nam', 'Zimbabwe']);
    expect(splitSponsors('Bosnia and Herzegovina, Chile and Trinidad and Tobago')).toEqual(['Bosnia and Herzegovina', 'Chile', 'Trinidad and Tobago']);
    expect(splitSponsors('Egypt')).toEqual(['Egypt']);
  });
});

describe('line grammar', () => {
  it.each([
    ['2/3', 'furniture'], ['13-44987 (E)', 'furniture'], ['11-46357', 'furniture'], ['*1146357*', 'furniture'],
    ['66/24', 'text'], ['A/RES/66/24', 'symbol'], ['A/C.1/64/L.39', 'symbol'], ['__________________', 'rule'],
    ['The General Assembly,', 'formula'], ['1.', 'number'], ['12. Decides to include', 'numbered'],
    ['(a)', 'label'], ['- (b) Efforts taken', 'labelled'], ['(ii) sub-item', 'labelled'], ['¹ See A/51/261, annex.', 'note'],
    ['*71st plenary meeting', 'meeting'], ['2 December 2011*', 'date'], ['Recalling its resolutions', 'text'],
  ])('%s is %s', (line, kind) => expect(classifyLine(line)).toBe(kind));
});

describe('operative phrases', () => {
  it.each([
    ['Calls upon Member States', 'Calls upon'],
    ['Notes with satisfaction the holding', 'Notes with satisfaction'],
    ['Takes note of the report', 'Takes note of'],
    ['Also requests the Secretary-General', 'Also requests'],
    ['Requests also the Secretary-General', 'Requests also'],
    ['Decides to include', 'Decides'],
    ['Member States are invited', null],
  ])('%s -> %s', (text, phrase) => expect(operativePhrase(text)).toBe(phrase));
});

describe('hyphen repairs backed by the corpus', () => {
  const lexicon = buildLexicon([
    { file: 'a', text: 'the Secretary-General and confidence-building measures on information' },
    { file: 'b', text: 'the SecretaryGeneral and cooperation, co-operation' },
    { file: 'c', text: 'broad cooperation' },
  ]);
  it('restores a hyphen the other sources have, keeping the letter case', () => {
    expect(restoreLostHyphen('SecretaryGeneral', 'b', lexicon)).toBe('Secretary-General');
    expect(restoreLostHyphen('CONFIDENCEBUILDING', 'b', lexicon)).toBe('CONFIDENCE-BUILDING');
  });
  it('leaves a word alone when another source spells it joined', () => {
    expect(restoreLostHyphen('cooperation', 'b', lexicon)).toBeNull();
  });
  it('drops a line-end hyphen only when the corpus knows the word without it', () => {
    expect(isLineBreakHyphen('infor', 'mation', lexicon)).toBe(true);
    expect(isLineBreakHyphen('Secretary', 'General', lexicon)).toBe(false);
    expect(isLineBreakHyphen('never', 'seen', lexicon)).toBe(false);
  });
});
