import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/lib/parse/blocks.ts';
import { buildLexicon, normalize, parseResolution } from '../../src/lib/parse/index.ts';
import { toLines } from '../../src/lib/parse/lines.ts';
import { buildTree, nextLabel, type Node } from '../../src/lib/parse/structure.ts';

const tree = (text: string) => buildTree(toBlocks(toLines(text)));
const ids = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.eId, ...ids(n.items)]);

describe('items and their nesting', () => {
  it('(i), (ii) after (d) are sub-items of (d); (e) goes back to the letters', () => {
    const { operative, problems } = tree(
      ['1. Invites:', '(a) one;', '(b) two;', '(c) three;', '(d) four:', '(i) four-one;', '(ii) four-two;', '(e) five;'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(ids(operative)).toEqual([
      'para_1',
      'para_1__list_1__point_a',
      'para_1__list_1__point_b',
      'para_1__list_1__point_c',
      'para_1__list_1__point_d',
      'para_1__list_1__point_d__list_1__point_i',
      'para_1__list_1__point_d__list_1__point_ii',
      'para_1__list_1__point_e',
    ]);
  });

  it('(i) after (h) is the ninth letter, not a sub-item', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`);
    const { operative, problems } = tree(['1. Decides:', ...letters].join('\n'));
    expect(problems).toEqual([]);
    expect(operative[0]!.items.map((i) => i.num)).toEqual('abcdefghij'.split(''));
  });

  it('reads a label alone on its line with the text on the next (PDF layout)', () => {
    const { operative } = tree(['3.', 'Invites all:', '(a)', '', 'General appreciation;', '(b) Efforts taken;'].join('\n'));
    expect(operative[0]!.items.map((i) => [i.num, i.block.lines.map((l) => l.text)])).toEqual([
      ['a', ['General appreciation;']],
      ['b', ['Efforts taken;']],
    ]);
  });

  it('reads Markdown list items "- (a) …" (the draft layout)', () => {
    const { operative, problems } = tree(['1. *Invites*:', '', '- (a) one;', '- (b) two;'].join('\n'));
    expect(problems).toEqual([]);
    expect(ids(operative)).toEqual(['para_1', 'para_1__list_1__point_a', 'para_1__list_1__point_b']);
  });

  it('continues the alphabet after (z) with (aa), as UN documents do', () => {
    expect(nextLabel('alpha', 'z')).toBe('aa');
    expect(nextLabel('alpha', 'aa')).toBe('bb');
    expect(nextLabel('roman', 'iii')).toBe('iv');
    expect(nextLabel('roman', 'viii')).toBe('ix');
  });
});

describe('numbering problems', () => {
  it('a gap in the operative numbering', () => {
    const { problems } = tree(['1. Calls upon;', '2. Considers;', '4. Decides.'].join('\n'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/operative paragraph 4 where 3 was expected/) }]);
  });

  it('a repeated operative number', () => {
    const { problems } = tree(['1. Calls upon;', '2. Considers;', '2. Decides.'].join('\n'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/operative paragraph 2 appears twice/) }]);
  });

  it('a gap in the item lettering', () => {
    const { problems } = tree(['1. Invites:', '(a) one;', '(c) three;'].join('\n'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/item \(c\) where \(b\) was expected/) }]);
  });

  it('an unnumbered paragraph after the operative part has begun', () => {
    const { problems } = tree(['1. Calls upon all;', '', 'Noting with concern the above,'].join('\n'));
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/unnumbered paragraph in the operative part/) }]);
  });
});

describe('paragraph breaks in PDF text', () => {
  it('a line after a finished line starts a paragraph only when it opens like one', () => {
    const { preamble } = tree(
      [
        'Recalling its resolutions 53/70, 54/49,',
        '55/28 and 56/19,',
        'Noting that progress has been made in the',
        'field, in Midrand, South Africa,',
        'from 13 to 15 May 1996,',
        'Recalling, in this connection, the principles,',
      ].join('\n'),
    );
    expect(preamble.map((p) => p.block.lines.map((l) => l.n))).toEqual([[1, 2], [3, 4, 5], [6]]);
  });
});

describe('resolutions of one paragraph', () => {
  // Words of A/RES/66/24 re-laid out as the Assembly prints a resolution of one sentence.
  const masthead = [
    'Sixty-sixth session',
    'Agenda item 93',
    'Resolution adopted by the General Assembly',
    '66/24. Developments in the field of information and telecommunications in the context of international security',
  ];
  const parse = (body: string[]) =>
    parseResolution({
      file: 'x.txt',
      text: normalize([...masthead, ...body, '71st plenary meeting', '2 December 2011'].join('\n')),
      sha256: '0'.repeat(64),
      lexicon: buildLexicon([]),
    });

  it('reads "The General Assembly, recalling …, decides …" as the formula and one unnumbered paragraph, para_1', () => {
    const doc = parse([
      'The General Assembly, recalling its resolution 65/41 of 8 December 2010, decides to include in the provisional agenda',
      'of its sixty-seventh session the item entitled “Developments in the field of information and telecommunications in the context of international security”.',
    ]);
    expect(doc.formula).toBe('The General Assembly,');
    expect(doc.preamble).toEqual([]);
    expect(doc.operative.map((p) => [p.eId, p.num, p.lines])).toEqual([['para_1', null, { first: 5, last: 6 }]]);
    expect(doc.operative[0]!.text).toMatch(/^recalling its resolution 65\/41 of 8 December 2010, decides to include .* international security”\.$/);
  });

  it('reads "The General Assembly" without its comma above one paragraph, and above paragraphs 1, 2 …', () => {
    expect(
      parse(['The General Assembly', 'Decides to include in the provisional agenda of its sixty-seventh session the item.']).operative.map((p) => [
        p.eId,
        p.num,
      ]),
    ).toEqual([['para_1', null]]);
    const numbered = parse(['The General Assembly', '1.', 'Calls upon Member States to promote the consideration;', '2.', 'Decides to include the item.']);
    expect([numbered.formula, numbered.operative.map((p) => p.num)]).toEqual(['The General Assembly', ['1', '2']]);
  });

  it('refuses a numbered paragraph after the text of a resolution of one paragraph', () => {
    expect(() => parse(['The General Assembly', 'Decides to include the item;', '2. Requests the Secretary-General to report.'])).toThrow(
      /paragraph 2 in a resolution of one paragraph/,
    );
  });
});

describe('a paragraph number printed without its full stop', () => {
  it('is the number where it is the next one, after a finished paragraph, before an operative verb (A/C.3/80/L.2, A/RES/80/167)', () => {
    const { operative, problems } = tree(
      ['1. Reaffirms the role of the Assembly;', '2 Affirms its deep commitment to remembrance;', '3', 'Also reaffirms the role of the Commission;'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(operative.map((p) => [p.num, p.block.lines.map((l) => l.text).join(' ')])).toEqual([
      ['1', 'Reaffirms the role of the Assembly;'],
      ['2', 'Affirms its deep commitment to remembrance;'],
      ['3', 'Also reaffirms the role of the Commission;'],
    ]);
  });

  it('is text where it is not the next number, or no verb follows', () => {
    expect(tree(['1. Reaffirms the role of the Assembly;', '5 Affirms its commitment;'].join('\n')).operative).toHaveLength(1);
    expect(tree(['1. Notes the sum of', '2 million dollars;'].join('\n')).operative.map((p) => p.num)).toEqual(['1']);
  });
});

describe('items run inline', () => {
  it('a later letter at a line’s start goes on with the text when the letters before it stand inline (A/C.2/80/L.46)', () => {
    const { operative, problems } = tree(
      [
        '1. Calls for blended finance initiatives to: (a) focus on impact; (b) promote country',
        'ownership; (c) give due consideration to global frameworks;',
        '(d) ensure additionality; (e) share risk fairly;',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(operative[0]!.items).toEqual([]);
    expect(operative[0]!.block.lines.map((l) => l.text).join(' ')).toMatch(/frameworks; \(d\) ensure additionality; \(e\) share risk fairly;$/);
  });

  it('a letter with no inline letters before it is still a gap', () => {
    expect(tree(['1. Calls for:', '(c) ensure additionality;'].join('\n')).problems).toEqual([
      { line: 2, message: 'item (c) where (a) was expected: lettering gap' },
    ]);
  });
});

describe('decimal sub-paragraphs', () => {
  it('"1.1", "1.2" under paragraph 1 are its sub-paragraphs, named by their own number', () => {
    const { operative, problems } = tree(
      ['1. Invites views on:', '1.1 General appreciation;', '1.2 Efforts taken;', '2. Decides to remain seized.'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(operative[0]!.items.map((i) => [i.eId, i.num])).toEqual([
      ['para_1__list_1__point_1', '1.1'],
      ['para_1__list_1__point_2', '1.2'],
    ]);
    expect(ids(operative)).toEqual(['para_1', 'para_1__list_1__point_1', 'para_1__list_1__point_2', 'para_2']);
  });

  it('"1.1 per cent" after a line that goes on is text', () => {
    expect(tree(['1. Notes the rate of', '1.1 per cent of the contributions;'].join('\n')).operative[0]!.items).toEqual([]);
  });

  it('a decimal that is not the next sub-paragraph is text ("2.3 per cent", A/RES/78/300)', () => {
    const { operative, problems } = tree(['1. Notes the rate of', '2.3 per cent of the contributions;', '2. Decides to remain seized.'].join('\n'));
    expect(problems).toEqual([]);
    expect(operative[0]!.items).toEqual([]);
    expect(operative[0]!.block.lines.map((l) => l.text)).toEqual(['Notes the rate of', '2.3 per cent of the contributions;']);
  });
});
