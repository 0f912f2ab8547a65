import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/lib/search/records.ts';
import { excerpt, groupHits, pagefindFilters, stateFromParams, stateToParams, type Hit } from '../../src/lib/search/state.ts';
import { realCorpus } from '../helpers/sources.ts';

const corpus = realCorpus();

describe('search records', () => {
  const records = searchRecords(corpus);

  it('one per paragraph, item, note with text, and sponsor list; nothing else', () => {
    const count = (ps: { items: unknown[] }[]): number => ps.reduce((n, p) => n + 1 + count(p.items as { items: unknown[] }[]), 0);
    const expected = corpus.reduce((n, d) => n + count(d.preamble) + count(d.operative) + d.footnotes.filter((f) => f.text).length + (d.sponsors.length ? 1 : 0), 0);
    expect(records).toHaveLength(expected);
    expect(expected).toBe(138);
  });

  it('each lands on an anchor of its page and carries its label and filters', () => {
    const r = records.find((x) => x.url === '/a-res-66-24/#para_3__list_1__point_b')!;
    expect(r.meta).toEqual({ title: 'A/RES/66/24', label: 'para. 3 (b)', year: '2011', page: '/a-res-66-24/' });
    expect(r.filters).toEqual({ year: ['2011'], type: ['Resolution'], part: ['Operative'], document: ['a-res-66-24'] });
    expect(r.content).toBe('Efforts taken at the national level to strengthen information security and promote international cooperation in this field;');
    const note = records.find((x) => x.url === '/a-res-66-24/#preamble__p_16__authorialNote_4')!;
    expect(note).toMatchObject({ content: 'See A/65/201.', meta: { label: 'note 4' }, filters: { part: ['Notes'] } });
    const sponsors = records.find((x) => x.url === '/draft-64-first-committee-2009/#sponsors')!;
    expect(sponsors).toMatchObject({ filters: { type: ['Draft'], part: ['Sponsors'], year: ['2009'] } });
    expect(sponsors.content).toContain('Kyrgyzstan');
  });

  it('indexes no note that has no text', () => {
    expect(records.filter((r) => r.url.startsWith('/a-res-68-243/') && r.filters.part[0] === 'Notes')).toEqual([]);
  });
});

describe('search state in the URL', () => {
  it('round-trips, leaving out defaults', () => {
    const state = stateFromParams(new URLSearchParams('q=free+flow&year=2011&part=Operative'));
    expect(state).toEqual({ q: 'free flow', year: '2011', type: '', part: 'Operative', sort: 'newest' });
    expect(stateToParams(state).toString()).toBe('q=free+flow&year=2011&part=Operative');
    expect(pagefindFilters(state)).toEqual({ year: '2011', part: 'Operative' });
    expect(stateFromParams(new URLSearchParams('sort=bogus')).sort).toBe('newest');
  });

  it('groups hits by document, newest first, hits in reading order', () => {
    const hit = (document: string, year: string, position: string): Hit => ({ url: `/${document}/#${position}`, label: position, content: '', locations: [], title: document, year, page: `/${document}/`, position, document });
    const groups = groupHits([hit('a', '2001', '0003'), hit('b', '2011', '0002'), hit('a', '2001', '0001')], 'newest');
    expect(groups.map((g) => [g.document, g.hits.map((h) => h.position)])).toEqual([['b', ['0002']], ['a', ['0001', '0003']]]);
    expect(groupHits([hit('a', '2001', '1'), hit('b', '2011', '1')], 'oldest').map((g) => g.document)).toEqual(['a', 'b']);
  });

  it('builds excerpts from the raw text and the match positions, text kept as text', () => {
    expect(excerpt('the free flow of <script>x</script> &amp; information', [1, 2])).toEqual([
      { text: 'the ', mark: false }, { text: 'free flow', mark: true }, { text: ' of <script>x</script> &amp; information', mark: false },
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const parts = excerpt(long, [40], 10);
    expect(parts.map((p) => p.text).join('')).toBe('… w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 …');
    expect(parts.find((p) => p.mark)!.text).toBe('w40');
  });
});
