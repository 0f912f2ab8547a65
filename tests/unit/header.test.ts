import { describe, expect, it } from 'vitest';
import { buildLexicon, isLineBreakHyphen, restoreLostHyphen } from '../../src/lib/parse/corrections.ts';
import { parseDate } from '../../src/lib/parse/dates.ts';
import { operativePhrase } from '../../src/lib/parse/emphasis.ts';
import { readMasthead, splitSponsors } from '../../src/lib/parse/header.ts';
import { classifyLine, toLines } from '../../src/lib/parse/lines.ts';
import { ordinalWordToNumber } from '../../src/lib/parse/vocabulary.ts';

describe('masthead vocabulary', () => {
  it.each([
    ['First', 1],
    ['Sixty-sixth', 66],
    ['Sixty-second', 62],
    ['Seventieth', 70],
    ['Sixty-fourth', 64],
    ['Fifty-sixth', 56],
    ['Twenty-first', 21],
    ['Eleventh', 11],
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
    ['2/3', 'furniture'],
    ['13-44987 (E)', 'furniture'],
    ['11-46357', 'furniture'],
    ['*1146357*', 'furniture'],
    ['66/24', 'text'],
    ['A/RES/66/24', 'symbol'],
    ['A/C.1/64/L.39', 'symbol'],
    ['__________________', 'rule'],
    ['The General Assembly,', 'formula'],
    ['1.', 'number'],
    ['12. Decides to include', 'numbered'],
    ['(a)', 'label'],
    ['- (b) Efforts taken', 'labelled'],
    ['(ii) sub-item', 'labelled'],
    ['¹ See A/51/261, annex.', 'note'],
    ['*71st plenary meeting', 'meeting'],
    ['2 December 2011*', 'date'],
    ['Recalling its resolutions', 'text'],
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

describe('masthead forms of the PDF extractions', () => {
  /** The masthead read from a text laid out as in the file: each stated field's value, and the problems. */
  const read = (text: string) => {
    const problems: Array<{ line: number; message: string }> = [];
    const { isDraft, title, ...stated } = readMasthead(toLines(text.replace(/^\n/, '')), problems);
    const facts = Object.fromEntries(Object.entries(stated).map(([field, s]) => [field, s?.value]));
    return { facts: { isDraft, title, ...facts }, problems };
  };
  const ICT_TITLE = 'Developments in the field of information and telecommunications in the context of international security';

  it('reads fields run together on one line as the lines they would have been (A/RES/66/24 re-laid out)', () => {
    expect(
      read(`
A/RES/66/24
General Assembly Distr.: General 13 December 2011
Sixty-sixth session Agenda item 93 ${ICT_TITLE}
Resolution adopted by the General Assembly [on the report of the First Committee (A/66/407)]
66/24. ${ICT_TITLE}
`),
    ).toMatchObject({
      problems: [],
      facts: {
        symbol: 'A/RES/66/24',
        issued: { status: 'General', date: '2011-12-13' },
        session: 66,
        agendaItem: '93',
        agendaTitle: ICT_TITLE,
        committeeReport: 'A/66/407',
        number: '66/24',
        title: ICT_TITLE,
      },
    });
  });

  it('tells the agenda item title from sponsors that follow it directly, and joins "draft resolution" wrapped apart', () => {
    const { facts } = read(`
Agenda item 100 (a)
Review and implementation of the Concluding Document of the
Twelfth Special Session of the General Assembly
Bhutan, Cuba, India, Iran (Islamic Republic of), Lao People’s
Democratic Republic and Venezuela (Bolivarian Republic of):*
draft resolution
Convention on the Prohibition of the Use of Nuclear Weapons
`);
    expect(facts).toMatchObject({
      agendaItem: '100 (a)',
      agendaTitle: 'Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly',
      sponsors: ['Bhutan', 'Cuba', 'India', 'Iran (Islamic Republic of)', 'Lao People’s Democratic Republic', 'Venezuela (Bolivarian Republic of)'],
      isDraft: true,
      title: 'Convention on the Prohibition of the Use of Nuclear Weapons',
    });
  });

  it('reads the adoption date on its own line and a committee report wrapped over two lines', () => {
    const { facts } = read(`
Resolution adopted by the General Assembly
on 5 December 2023
[on the report of the Special Political and Decolonization Committee
(Fourth Committee) (A/78/429, para. 33)]
78/89.
Question of the British Virgin Islands
`);
    expect(facts).toMatchObject({
      adoptedOn: '2023-12-05',
      committee: 'Special Political and Decolonization Committee (Fourth Committee)',
      committeeReport: 'A/78/429',
      title: 'Question of the British Virgin Islands',
    });
  });

  it('reads the adoption line wrapped after "on", and keeps it out of the agenda item\'s title (A/RES/78/256)', () => {
    expect(
      read(`
Agenda item 134
Proposed programme budget for 2024
Resolution adopted by the General Assembly on
22 December 2023
[on the report of the Fifth Committee (A/78/662, para. 83)]
78/256.
Working Capital Fund for 2024
`),
    ).toMatchObject({ problems: [], facts: { agendaTitle: 'Proposed programme budget for 2024', adoptedOn: '2023-12-22', number: '78/256' } });
  });

  it('reads "[without reference to a Main Committee (A/78/605, para. 14)]", its report with its paragraph (A/RES/78/124)', () => {
    expect(
      read(`
Resolution adopted by the General Assembly
on 18 December 2023
[without reference to a Main Committee (A/78/605, para. 14)]
78/124.
Credentials of representatives to the seventy-eighth session of the General Assembly
`),
    ).toMatchObject({ problems: [], facts: { adoptedOn: '2023-12-18', committeeReport: 'A/78/605', number: '78/124' } });
  });

  it('reads a draft submitted by an officer of the committee, its statement wrapped (A/C.2/80/L.50)', () => {
    expect(
      read(`
Agenda item 18 (i)
Sustainable development: combating sand and dust storms
Draft resolution submitted by the Rapporteur of the Committee, Javad Momeni
(Islamic Republic of Iran), on the basis of informal consultations on draft
resolution A/C.2/80/L.39
Combating sand and dust storms
`),
    ).toMatchObject({
      problems: [],
      facts: {
        agendaTitle: 'Sustainable development: combating sand and dust storms',
        submittedBy:
          'the Rapporteur of the Committee, Javad Momeni (Islamic Republic of Iran), on the basis of informal consultations on draft resolution A/C.2/80/L.39',
        isDraft: true,
        title: 'Combating sand and dust storms',
      },
    });
  });

  it('refuses a "submitted by" statement that does not end where such statements end', () => {
    const { problems } = read(`
Draft resolution submitted by the Chair of the Committee following
Combating sand
and dust storms
in the world
today
`);
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/statement does not end, within four lines/) }]);
  });

  it('reads "Draft resolution" alone as a draft, and "General Assembly" or "United Nations" ending a title or an agenda title as part of it', () => {
    expect(
      read(`
Agenda item 54
Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the
United Nations
Draft resolution
Follow-up to the twenty-third special session of the
General Assembly
`),
    ).toMatchObject({
      problems: [],
      facts: {
        agendaTitle: 'Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations',
        isDraft: true,
        title: 'Follow-up to the twenty-third special session of the General Assembly',
      },
    });
  });
});
