import { describe, expect, it } from 'vitest';
import { documentCitation, paragraphCitation } from '../../src/lib/site/citation.ts';
import { linkReferences, type LinkContext } from '../../src/lib/site/crossrefs.ts';
import { formatDate, ordinal, ordinalWord, paragraphLabel } from '../../src/lib/document/index.ts';
import { corpusIndex, linkContext, neighbours, seriesTimeline } from '../../src/lib/site/series.ts';
import { bySymbol, realCorpus } from '../helpers/sources.ts';
import { documentSummary } from '../../src/lib/schema.ts';

const corpus = realCorpus();
const summaries = corpus.map(documentSummary);
const r66 = bySymbol(corpus, 'A/RES/66/24');
const draft = bySymbol(corpus, null, 'draft');

describe('labels and citations', () => {
  it.each([
    ['preamble__p_5', 'preambular para. 5'],
    ['para_4', 'para. 4'],
    ['para_3__list_1__point_b', 'para. 3 (b)'],
    ['para_3__list_1__point_d__list_1__point_ii', 'para. 3 (d) (ii)'],
    ['preamble__p_16__authorialNote_4', 'note 4'],
    ['para_3__list_1__point_1', 'para. 3.1'],
  ])('%s is "%s"', (eId, label) => expect(paragraphLabel(eId)).toBe(label));

  it('cites paragraphs as the UN does: ordinal preambular paragraphs, operative paragraphs with their items, footnotes; the draft short', () => {
    expect(paragraphCitation(r66, 'para_3__list_1__point_b')).toBe('General Assembly resolution 66/24, operative paragraph 3 (b)');
    expect(paragraphCitation(r66, 'preamble__p_5')).toBe('General Assembly resolution 66/24, fifth preambular paragraph');
    expect(paragraphCitation(r66, 'preamble__p_16__authorialNote_4')).toBe('General Assembly resolution 66/24, footnote 4');
    expect(paragraphCitation(r66, 'para_3__list_1__point_1')).toBe('General Assembly resolution 66/24, operative paragraph 3.1');
    expect(paragraphCitation(draft, 'para_5')).toBe('First Committee draft resolution (2009), operative paragraph 5');
  });

  it.each([
    [1, 'first'],
    [5, 'fifth'],
    [12, 'twelfth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [40, 'fortieth'],
    [99, 'ninety-ninth'],
    [101, '101st'],
  ])('%i is the "%s" preambular paragraph', (n, word) => expect(ordinalWord(n)).toBe(word));

  it('cites a whole resolution in the UN style', () => {
    expect(documentCitation(r66)).toBe('General Assembly resolution 66/24 of 2 December 2011 (A/RES/66/24)');
  });

  it('writes dates and ordinals as the UN does', () => {
    expect(formatDate('2011-12-02')).toBe('2 December 2011');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 62, 71, 72, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '62nd',
      '71st',
      '72nd',
      '111th',
    ]);
  });
});

describe('cross-references', () => {
  const ctx: LinkContext = {
    resolutionHref: (n) => (n === '56/19' ? '/a-res-56-19/' : null),
    symbolHref: () => null,
    hasParagraph: (n) => n === '2',
  };
  const links = (text: string) => linkReferences(text, ctx).flatMap((s) => ('href' in s ? [[s.text, s.href]] : []));

  it('links every number of a list of resolutions, in the corpus or out', () => {
    expect(links('Recalling its resolutions 53/70 of 4 December 1998, 56/19 of 29 November 2001 and 65/41 of 8 December 2010,')).toEqual([
      ['53/70', 'https://undocs.org/A/RES/53/70'],
      ['56/19', '/a-res-56-19/'],
      ['65/41', 'https://undocs.org/A/RES/65/41'],
    ]);
    expect(links('paragraphs 1 to 3 of resolutions 53/70, 54/49 and 55/28,').map((l) => l[0])).toEqual(['53/70', '54/49', '55/28']);
    expect(links('in fulfilment of resolution 60/45, established')).toEqual([['60/45', 'https://undocs.org/A/RES/60/45']]);
  });

  it('links document symbols and their corrigenda and addenda', () => {
    expect(links('A/54/213, A/55/140 and Corr.1 and Add.1, A/C.2/59/3, annex, and A/60/202.')).toEqual([
      ['A/54/213', 'https://undocs.org/A/54/213'],
      ['A/55/140', 'https://undocs.org/A/55/140'],
      ['Corr.1', 'https://undocs.org/A/55/140/Corr.1'],
      ['Add.1', 'https://undocs.org/A/55/140/Add.1'],
      ['A/C.2/59/3', 'https://undocs.org/A/C.2/59/3'],
      ['A/60/202', 'https://undocs.org/A/60/202'],
    ]);
  });

  it('links "paragraph 2 above" within the text, only when the paragraph exists', () => {
    expect(links('the concepts mentioned in paragraph 2 above;')).toEqual([['paragraph 2', '#para_2']]);
    expect(links('the concepts mentioned in paragraph 7 above;')).toEqual([]);
    expect(links('referred to in paragraph 2 of the present resolution')).toEqual([['paragraph 2', '#para_2']]);
  });

  it('keeps every character of the text', () => {
    const text = 'See A/C.2/59/3, annex, and resolutions 53/70 and 54/49, and paragraph 2 above.';
    expect(
      linkReferences(text, ctx)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('resolves corpus members from the real corpus', () => {
    const ctx66 = linkContext(corpusIndex(summaries), r66);
    expect(ctx66.resolutionHref('62/17')).toBe('/a-res-62-17/');
    expect(ctx66.resolutionHref('64/25')).toBeNull();
    expect(ctx66.symbolHref('A/RES/68/243')).toBe('/a-res-68-243/');
  });
});

describe('the series', () => {
  it('is every resolution recited or held, with the draft as its own stage, in date order', () => {
    const timeline = seriesTimeline(summaries, r66.series);
    expect(timeline.map((e) => e.number ?? 'draft')).toEqual([
      '53/70',
      '54/49',
      '55/28',
      '56/19',
      '57/53',
      '58/32',
      '59/61',
      '60/45',
      '61/54',
      '62/17',
      '63/37',
      'draft',
      '64/25',
      '65/41',
      '66/24',
      '67/27',
      '68/243',
    ]);
    expect(timeline.filter((e) => e.doc).map((e) => e.doc!.id)).toEqual(corpus.map((d) => d.id));
  });

  it('gives each document its neighbours', () => {
    expect(neighbours(corpusIndex(summaries), r66)).toMatchObject({ previous: { id: draft.id }, next: { id: 'a-res-68-243' } });
    expect(neighbours(corpusIndex(summaries), corpus[0]!).previous).toBeNull();
  });
});
