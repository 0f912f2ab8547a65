import { describe, expect, it } from 'vitest';
import { passagePart, PARTS, searchRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { parseQuery, queryVariants } from '../../src/lib/search/query.ts';
import { excerpt, groupHits, resultHits, stateFromParams, stateToParams, type Hit } from '../../src/lib/search/state.ts';
import { realCorpus } from '../helpers/sources.ts';

const corpus = realCorpus();

describe('search records', () => {
  const records = searchRecords(corpus);
  const passages = records.flatMap((r) => r.passages.map((p) => ({ ...p, record: r })));

  it('one per document; every paragraph, item, note with text and sponsor list a passage, once, in reading order', () => {
    const count = (ps: { items: unknown[] }[]): number => ps.reduce((n, p) => n + 1 + count(p.items as { items: unknown[] }[]), 0);
    const expected = corpus.reduce(
      (n, d) => n + count(d.preamble) + count(d.operative) + d.footnotes.filter((f) => f.text).length + (d.sponsors.length ? 1 : 0),
      0,
    );
    expect(records).toHaveLength(corpus.length);
    expect(passages).toHaveLength(expected);
    expect(expected).toBe(138);
    expect(new Set(passages.map((p) => `${p.record.page}#${p.eId}`)).size).toBe(expected);
    for (const r of records) {
      const parts = r.passages.map((p) => PARTS.indexOf(passagePart(p.eId)));
      expect(parts).toEqual([...parts].sort((a, b) => a - b));
    }
  });

  it('each passage carries its anchor and label, and its part by its eId; each record its filters', () => {
    const item = passages.find((p) => p.record.page === '/a-res-66-24/' && p.eId === 'para_3__list_1__point_b')!;
    expect(item.label).toBe('para. 3 (b)');
    expect(item.text).toBe('Efforts taken at the national level to strengthen information security and promote international cooperation in this field;');
    expect(item.record).toMatchObject({ title: 'A/RES/66/24', year: '2011', type: 'Resolution', date: '2011-12-02', page: '/a-res-66-24/' });
    expect(passagePart(item.eId)).toBe('Operative');
    const note = passages.find((p) => p.record.page === '/a-res-66-24/' && p.eId === 'preamble__p_16__authorialNote_4')!;
    expect(note).toMatchObject({ text: 'See A/65/201.', label: 'note 4' });
    expect(passagePart(note.eId)).toBe('Notes');
    expect(['preamble__p_3', 'annex_1__para_2', 'sponsors'].map(passagePart)).toEqual(['Preamble', 'Annex', 'Sponsors']);
    const sponsors = passages.find((p) => p.eId === 'sponsors')!;
    expect(sponsors.record).toMatchObject({ year: '2009', type: 'Draft' });
    expect(sponsors.text).toContain('Kyrgyzstan');
  });

  it('indexes no note that has no text', () => {
    expect(passages.filter((p) => p.record.page === '/a-res-68-243/' && passagePart(p.eId) === 'Notes')).toEqual([]);
  });
});

describe('hits from a search record', () => {
  it('every passage that answers the query, not only the first; its text as written; where the query is answered in it', () => {
    const record: SearchRecord = {
      title: 'A/RES/66/24',
      year: '2011',
      type: 'Resolution',
      date: '2011-12-02',
      page: '/a-res-66-24/',
      passages: [
        { eId: 'preamble__p_2', label: 'preambular para. 2', text: 'Noting that information security matters' },
        { eId: 'para_1', label: 'para. 1', text: 'Calls upon Member States to promote information security' },
        { eId: 'para_2', label: 'para. 2', text: 'Considers that information security &amp; <b>' },
        { eId: 'para_3', label: 'para. 3', text: 'Invites all Member States' },
        { eId: 'para_4', label: 'para. 4', text: 'Information, and security, in the field' },
      ],
    };
    const shared = { title: 'A/RES/66/24', year: '2011', page: '/a-res-66-24/', document: '/a-res-66-24/', rank: 3 };
    expect(resultHits(record, queryVariants(parseQuery('"information security"')), 3).map((h) => h.eId)).toEqual(['preamble__p_2', 'para_1', 'para_2']);
    // The part filter is applied to the passages, by their eIds.
    expect(resultHits(record, queryVariants(parseQuery('"information security"')), 3, 'Operative')).toEqual([
      {
        ...shared,
        url: '/a-res-66-24/#para_1',
        eId: 'para_1',
        label: 'para. 1',
        content: 'Calls upon Member States to promote information security',
        ranges: [[36, 56]],
        position: 1,
      },
      {
        ...shared,
        url: '/a-res-66-24/#para_2',
        eId: 'para_2',
        label: 'para. 2',
        content: 'Considers that information security &amp; <b>',
        ranges: [[15, 35]],
        position: 2,
      },
    ]);
    // Unquoted, both words anywhere in one passage.
    expect(resultHits(record, queryVariants(parseQuery('security information')), 0, 'Operative').map((h) => h.eId)).toEqual(['para_1', 'para_2', 'para_4']);
  });
});

describe('search state in the URL', () => {
  it('round-trips, leaving out defaults', () => {
    const state = stateFromParams(new URLSearchParams('q=free+flow&year=2011&part=Operative'));
    expect(state).toEqual({ q: 'free flow', year: '2011', type: '', part: 'Operative', sort: 'relevance' });
    expect(stateToParams(state).toString()).toBe('q=free+flow&year=2011&part=Operative');
    expect(stateFromParams(new URLSearchParams('sort=bogus')).sort).toBe('relevance');
    expect(stateToParams(stateFromParams(new URLSearchParams('q=x&sort=oldest'))).toString()).toBe('q=x&sort=oldest');
  });

  it('groups hits by document, the most relevant or the newest or oldest first, hits in reading order', () => {
    const hit = (document: string, year: string, position: number, rank = 0): Hit => ({
      url: `/${document}/#${position}`,
      eId: String(position),
      rank,
      label: String(position),
      content: '',
      ranges: [],
      title: document,
      year,
      page: `/${document}/`,
      position,
      document,
    });
    const groups = groupHits([hit('a', '2001', 1e6 + 3), hit('b', '2011', 2), hit('a', '2001', 10)], 'newest');
    expect(groups.map((g) => [g.document, g.hits.map((h) => h.position)])).toEqual([
      ['b', [2]],
      ['a', [10, 1e6 + 3]],
    ]);
    expect(groupHits([hit('a', '2001', 1), hit('b', '2011', 1)], 'oldest').map((g) => g.document)).toEqual(['a', 'b']);
    expect(groupHits([hit('a', '2011', 1, 2), hit('b', '2001', 1, 0), hit('a', '2011', 2, 5)], 'relevance').map((g) => g.document)).toEqual(['b', 'a']);
  });

  it('builds excerpts from the raw text, centred on the first match, matched words marked, text kept as text', () => {
    expect(excerpt('the free flow of <script>x</script> &amp; information', [[4, 13]])).toEqual([
      { text: 'the ', mark: false },
      { text: 'free flow', mark: true },
      { text: ' of <script>x</script> &amp; information', mark: false },
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const at = long.indexOf('w40');
    const parts = excerpt(long, [[at, at + 3]], 10);
    expect(parts.map((p) => p.text).join('')).toBe('… w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 …');
    expect(parts.find((p) => p.mark)!.text).toBe('w40');
  });
});
