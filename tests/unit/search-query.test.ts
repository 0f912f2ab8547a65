/** Reading a query: phrases, stems, stop words, synonyms, and citations typed into the search box. */
import { describe, expect, it } from 'vitest';
import { answerCitation, readCitation } from '../../src/lib/search/citation-query.ts';
import { bySymbol, realCorpus } from '../helpers/sources.ts';
import { matchText, matchVariants, parseQuery, queryVariants, type Query } from '../../src/lib/search/query.ts';

/** A query as words: its phrases quoted, then its terms. */
const shown = (q: Query) => [...q.phrases.map((p) => `"${p.join(' ')}"`), ...q.terms].join(' ');
const marked = (text: string, ranges: Array<[number, number]> | null) => ranges?.map(([s, e]) => text.slice(s, e)) ?? null;

describe('queries', () => {
  it('quoted phrases match their words in a row, folded; unquoted words by stem; all of them are needed', () => {
    const text = 'Calls upon Member States to promote the consideration of existing and potential threats in the field of information security,';
    expect(marked(text, matchText(text, parseQuery('"information security"')))).toEqual(['information security']);
    expect(marked(text, matchText(text, parseQuery('threat member')))).toEqual(['Member', 'threats']);
    expect(matchText(text, parseQuery('"security information"'))).toBeNull();
    expect(matchText(text, parseQuery('threats cyberspace'))).toBeNull();
    expect(marked('the open-ended working group', matchText('the open-ended working group', parseQuery('"open ended"')))).toEqual(['open-ended']);
  });

  it('leaves stop words out unless they are all there is; keeps them inside quotes', () => {
    expect(parseQuery('security of information')).toEqual({ phrases: [], terms: ['security', 'information'], prefixLast: false });
    expect(parseQuery('"free flow of information"').phrases).toEqual([['free', 'flow', 'of', 'information']]);
    expect(parseQuery('of the').terms).toEqual(['of', 'the']);
    expect(matchText('a text with or without it', parseQuery('information or security'))).toBeNull();
  });

  it('while typing, the last word matches the words it begins', () => {
    const text = 'the field of information security';
    expect(matchText(text, parseQuery('informat'))).toBeNull();
    expect(marked(text, matchText(text, parseQuery('informat', { typing: true })))).toEqual(['information']);
    expect(parseQuery('informat ', { typing: true }).prefixLast).toBe(false);
    // Two letters are most of the dictionary: a word of its own until a third is typed.
    expect(parseQuery('in', { typing: true }).prefixLast).toBe(false);
    expect(parseQuery('inf', { typing: true }).prefixLast).toBe(true);
  });

  it("finds the field's synonyms for one another", () => {
    const variants = queryVariants(parseQuery('cybersecurity norms'));
    expect(variants.map(shown)).toEqual(['cybersecurity norms', '"cyber security" norms', '"information security" norms']);
    expect(queryVariants(parseQuery('"information security"')).map(shown)).toContain('cybersecurity');
    expect(queryVariants(parseQuery('ICTs')).map(shown)).toContain('"information and communications technologies"');
    expect(queryVariants(parseQuery('OEWG')).map(shown)).toEqual(['oewg', '"open ended working group"']);
    expect(queryVariants(parseQuery('GGE')).map(shown)).toEqual(['gge', '"group of governmental experts"']);
    const text = 'the Group of Governmental Experts on Developments';
    expect(marked(text, matchVariants(text, queryVariants(parseQuery('GGE'))))).toEqual(['Group of Governmental Experts']);
  });
});

describe('citations typed into the search box', () => {
  it.each([
    ['66/24 OP3(b)', 'A/RES/66/24', 'para_3__list_1__point_b'],
    ['66/24 op 3 (b)', 'A/RES/66/24', 'para_3__list_1__point_b'],
    ['A/RES/66/24, para. 3 (b)', 'A/RES/66/24', 'para_3__list_1__point_b'],
    ['A/RES/66/24 para 3(b)', 'A/RES/66/24', 'para_3__list_1__point_b'],
    ['resolution 66/24, operative paragraph 3 (b)', 'A/RES/66/24', 'para_3__list_1__point_b'],
    ['operative paragraph 5 of resolution 66/24', 'A/RES/66/24', 'para_5'],
    ['68/243 PP11', 'A/RES/68/243', 'preamble__p_11'],
    ['General Assembly resolution 66/24, fifth preambular paragraph', 'A/RES/66/24', 'preamble__p_5'],
    ['66/24 preambular para. 16', 'A/RES/66/24', 'preamble__p_16'],
    ['66/24, 3rd preambular paragraph', 'A/RES/66/24', 'preamble__p_3'],
    ['66/24 para. 3.1', 'A/RES/66/24', 'para_3__list_1__point_1'],
    ['56/19 OP 3 (d) (ii)', 'A/RES/56/19', 'para_3__list_1__point_d__list_1__point_ii'],
  ])('"%s" is %s, %s', (q, symbol, eId) => expect(readCitation(q)).toMatchObject({ kind: 'paragraph', symbol, eId }));

  it('a resolution alone is the document; another symbol is one to find where cited; words make a search', () => {
    expect(readCitation('A/RES/66/24')).toEqual({ kind: 'document', symbol: 'A/RES/66/24' });
    expect(readCitation('resolution 68/243')).toEqual({ kind: 'document', symbol: 'A/RES/68/243' });
    expect(readCitation('A/65/201')).toEqual({ kind: 'symbol', symbol: 'A/65/201' });
    expect(readCitation('A/C.1/64/L.39/Rev.1')).toEqual({ kind: 'symbol', symbol: 'A/C.1/64/L.39/Rev.1' });
    expect(readCitation('information security')).toBeNull();
    expect(readCitation('threats recalled in resolution 66/24')).toBeNull();
    expect(readCitation('66/24 paragraph 3 on threats')).toBeNull();
  });
});

describe('what a citation leads to', () => {
  const r66 = bySymbol(realCorpus(), 'A/RES/66/24');
  const cite = (q: string) => readCitation(q) as Extract<ReturnType<typeof readCitation>, { kind: 'paragraph' | 'document' }>;

  it('its paragraph, named in UN style, with its text', () => {
    expect(answerCitation(cite('66/24 OP3(b)'), r66)).toEqual({
      href: '/a-res-66-24/#para_3__list_1__point_b',
      name: 'General Assembly resolution 66/24, operative paragraph 3 (b)',
      text: 'Efforts taken at the national level to strengthen information security and promote international cooperation in this field;',
    });
    expect(answerCitation(cite('A/RES/66/24'), r66)).toMatchObject({
      href: '/a-res-66-24/',
      name: expect.stringMatching(/^General Assembly resolution 66\/24 of 2 December 2011/),
    });
  });

  it('says what is missing: the paragraph, the item, or the resolution', () => {
    expect(answerCitation(cite('66/24 OP9'), r66)).toEqual({
      missing: 'Resolution 66/24 has no operative paragraph 9: its operative paragraphs number 5.',
      href: '/a-res-66-24/',
    });
    expect(answerCitation(cite('66/24 PP40'), r66)).toMatchObject({
      missing: 'Resolution 66/24 has no preambular paragraph 40: its preambular paragraphs number 17.',
    });
    expect(answerCitation(cite('66/24 OP3(z)'), r66)).toMatchObject({
      missing: 'Resolution 66/24 has no operative paragraph 3 (z): operative paragraph 3 has no such item.',
    });
    expect(answerCitation(cite('65/41 OP1'), null)).toEqual({ missing: 'A/RES/65/41 is not in this edition.', symbol: 'A/RES/65/41' });
  });
});
