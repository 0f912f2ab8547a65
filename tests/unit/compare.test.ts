/** Alignment, diff and lineage on the real texts of the series. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocuments, type AlignedRow } from '../../src/lib/compare/align.ts';
import { diffStats, diffWords, MAX_EDITS } from '../../src/lib/compare/diff.ts';
import { seriesLineages } from '../../src/lib/compare/lineage.ts';
import { comparisonHtml, redline } from '../../src/lib/compare/render.ts';
import { escapeHtml, html } from '../../src/lib/markup.ts';
import { containment, lcsLength, sharedWords, similarity, wordIds, words } from '../../src/lib/compare/similarity.ts';
import { seriesDocuments } from '../../src/lib/document/index.ts';
import { bySymbol, realCorpus } from '../helpers/sources.ts';

/** One side's text rebuilt from a diff: every op but the other side's. */
const side = (ops: ReturnType<typeof diffWords>, of: 'a' | 'b') =>
  ops
    .filter((o) => o.type !== (of === 'a' ? 'insert' : 'delete'))
    .map((o) => o.text)
    .join('');

const corpus = realCorpus();
const r56 = bySymbol(corpus, 'A/RES/56/19');
const r62 = bySymbol(corpus, 'A/RES/62/17');
const draft = bySymbol(corpus, null, 'draft');
const r66 = bySymbol(corpus, 'A/RES/66/24');
const r68 = bySymbol(corpus, 'A/RES/68/243');

const row = (rows: AlignedRow[], side: 'a' | 'b', eId: string) => rows.find((r) => r[side]?.eId === eId)!;
const changedWords = (r: AlignedRow) => r.diff.filter((o) => o.type !== 'equal').map((o) => `${o.type === 'delete' ? '-' : '+'}${o.text.trim()}`);

describe('word diff', () => {
  it('"possible measures to limit the threats" became "possible strategies to address the threats" (62/17 -> 66/24)', () => {
    const { rows } = alignDocuments(r62, r66);
    const op1 = row(rows, 'a', 'para_1');
    expect(op1).toMatchObject({ status: 'changed', b: { eId: 'para_1' } });
    expect(changedWords(op1)).toEqual(['-measures', '+strategies', '-limit', '+address']);
  });

  it('rebuilds both texts exactly from the ops', () => {
    for (const [a, b] of [
      [r56, r62],
      [draft, r66],
      [r66, r68],
    ] as const) {
      for (const r of alignDocuments(a, b).rows) {
        expect(side(r.diff, 'a')).toBe(r.a?.text ?? '');
        expect(side(r.diff, 'b')).toBe(r.b?.text ?? '');
      }
    }
  });

  it('counts words, not characters', () => {
    expect(diffStats(diffWords('to limit the threats', 'to address the emerging threats'))).toEqual({ inserted: 2, deleted: 1 });
  });

  describe('paragraphs of 20,000 words (memory is measured by npm run bench)', () => {
    // The words of the five sources, over and over: a paragraph far longer than any resolution's.
    const pool = corpus
      .flatMap((d) => [...d.preamble, ...d.operative].map((p) => p.text))
      .join(' ')
      .split(' ');
    const long = (from: number, n: number) => Array.from({ length: n }, (_, i) => pool[(from + i * 7) % pool.length]!).join(' ');
    const rebuilds = (a: string, b: string, ops: ReturnType<typeof diffWords>) => {
      expect(side(ops, 'a')).toBe(a);
      expect(side(ops, 'b')).toBe(b);
    };

    it('a few words changed are found as a few changes', () => {
      const a = long(0, 20_000);
      const b = a.replace(/ (\S+) (\S+) (\S+)$/, ' $1 changed $3').replace(/^(\S+)/, 'Recalling');
      const ops = diffWords(a, b);
      rebuilds(a, b, ops);
      expect(diffStats(ops).inserted).toBeLessThanOrEqual(2);
    });

    it(`two wholly different ones past ${MAX_EDITS} edits are shown as one replacement`, () => {
      const [a, b] = [long(0, 20_000), long(3, 20_000)];
      const ops = diffWords(a, b);
      rebuilds(a, b, ops);
      expect(ops.map((o) => o.type)).toEqual(['delete', 'insert']);
    });
  });
});

describe('paragraph alignment by content', () => {
  it('a paragraph on human rights appeared in 68/243, and the rest shifted without being mistaken for changes', () => {
    const { rows, summary } = alignDocuments(r66, r68);
    const added = rows.filter((r) => r.status === 'added');
    expect(added.map((r) => r.b!.eId)).toEqual(['preamble__p_11']);
    expect(added[0]!.b!.text).toMatch(/^Noting the importance of respect for human rights/);
    // 66/24's p_11 "Noting the contribution…" is 68/243's p_12 "Noting also the contribution…".
    expect(row(rows, 'a', 'preamble__p_11')).toMatchObject({ status: 'changed', b: { eId: 'preamble__p_12' } });
    expect(changedWords(row(rows, 'a', 'preamble__p_11'))[0]).toBe('+also');
    expect(summary).toMatchObject({ added: 1, removed: 0, moved: 0 });
  });

  it('the 2001 question on "definition of basic notions" disappeared in 2007, and new questions came', () => {
    const { rows } = alignDocuments(r56, r62);
    expect(row(rows, 'a', 'para_3__list_1__point_b')).toMatchObject({ status: 'removed', b: null });
    expect(row(rows, 'a', 'para_3__list_1__point_b').a!.text).toMatch(/^Definition of basic notions/);
    expect(row(rows, 'b', 'para_3__list_1__point_b')).toMatchObject({ status: 'added', a: null });
    expect(row(rows, 'b', 'para_3__list_1__point_d')).toMatchObject({ status: 'added', a: null });
    expect(row(rows, 'a', 'para_3__list_1__point_c')).toMatchObject({ status: 'changed', b: { eId: 'para_3__list_1__point_c' } });
  });

  it('the draft inserted an operative paragraph (5, "Notes with satisfaction"), and 6 follows from 62/17\'s 5', () => {
    const { rows } = alignDocuments(r62, draft);
    expect(row(rows, 'b', 'para_5')).toMatchObject({ status: 'added', a: null });
    expect(row(rows, 'a', 'para_5')).toMatchObject({ status: 'changed', b: { eId: 'para_6' } });
    const { rows: next } = alignDocuments(draft, r66);
    expect(row(next, 'a', 'para_5')).toMatchObject({ status: 'removed' });
    expect(row(next, 'a', 'para_6')).toMatchObject({ b: { eId: 'para_5' } });
  });

  it('finds moved paragraphs when the order changes', () => {
    const swapped = { ...r66, preamble: [r66.preamble[1]!, r66.preamble[0]!, ...r66.preamble.slice(2)] };
    const { rows, summary } = alignDocuments(r66, swapped);
    expect(summary.moved).toBe(1);
    expect(rows.filter((r) => r.status === 'added' || r.status === 'removed')).toEqual([]);
  });

  it('finds a paragraph split in two', () => {
    const p = r66.operative[3]!;
    const [head, tail] = [p.text.slice(0, p.text.indexOf(', including')), p.text.slice(p.text.indexOf('including'))];
    const split = {
      ...r66,
      operative: [
        ...r66.operative.slice(0, 3),
        { ...p, text: head },
        { ...p, eId: 'para_5', num: '5', text: tail },
        { ...r66.operative[4]!, eId: 'para_6', num: '6' },
      ],
    };
    const added = alignDocuments(r66, split).rows.filter((r) => r.status === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ splitFrom: 'para_4' });
  });

  it('a recital that grew to several times its length is changed, not removed and added (issue 15)', () => {
    const p = [...r66.preamble].sort((x, y) => x.text.length - y.text.length).find((x) => x.text.split(' ').length >= 8)!;
    const grown = `${p.text.replace(/,$/, '')} and considering also the many contributions of Member States, regional organizations, the private sector, civil society and academia on the subject across many years of discussion and study in many forums,`;
    const { rows, summary } = alignDocuments(r66, { ...r66, preamble: r66.preamble.map((x) => (x === p ? { ...p, text: grown } : x)) });
    expect(similarity(wordIds(p.text), wordIds(grown))).toBeLessThan(0.5);
    expect(row(rows, 'b', p.eId)).toMatchObject({ status: 'changed', a: { eId: p.eId } });
    expect([summary.added, summary.removed]).toEqual([0, 0]);
  });

  it('is deterministic', () => {
    expect(alignDocuments(r56, r68)).toEqual(alignDocuments(r56, r68));
  });

  it('the shared-words bound is the multiset overlap, never below the LCS (the real preambles)', () => {
    const a = bySymbol(corpus, 'A/RES/66/24').preamble.map((p) => p.text);
    const b = bySymbol(corpus, 'A/RES/68/243').preamble.map((p) => p.text);
    const shared = sharedWords(a.map(wordIds), b.map(wordIds));
    const overlap = (x: string[], y: string[]) => {
      const left = [...y];
      return x.filter((w) => {
        const k = left.indexOf(w);
        if (k >= 0) left.splice(k, 1);
        return k >= 0;
      }).length;
    };
    a.map(words).forEach((x, i) =>
      b.map(words).forEach((y, j) => {
        expect(shared[i]![j]).toBe(overlap(x, y));
        expect(shared[i]![j]).toBeGreaterThanOrEqual(lcsLength(x, y));
        expect(lcsLength(wordIds(a[i]!), wordIds(b[j]!))).toBe(lcsLength(x, y));
      }),
    );
  });

  it('the bit-parallel LCS has the length the row-by-row programme gives, for lists of any length', () => {
    const reference = (a: number[], b: number[]) => {
      let prev = new Array<number>(b.length + 1).fill(0);
      for (const w of a) {
        const row = [0];
        for (let j = 1; j <= b.length; j++) row[j] = w === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
        prev = row;
      }
      return prev[b.length]!;
    };
    // Few distinct words and up to 100 of them: many common subsequences, and masks of one to four numbers.
    const list = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 100 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(lcsLength(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 2000 },
    );
    for (const n of [31, 32, 33, 64, 65]) {
      const same = Array.from({ length: n }, (_, i) => i);
      expect(lcsLength(same, same)).toBe(n);
      expect(lcsLength(same, [...same].reverse())).toBe(1);
    }
  });

  it('similarity and containment behave at the edges', () => {
    expect(similarity(words('a b c'), words('a b c'))).toBe(1);
    expect(similarity(words('a b c'), words('x y z'))).toBe(0);
    expect(containment(words('b c'), words('a b c d'))).toBe(1);
  });
});

describe('lineage through the series', () => {
  const docs = seriesDocuments(corpus, r66.series);
  const lineages = seriesLineages(docs);

  it('follows a paragraph through every year, with first appearance and last change', () => {
    const op1 = lineages.get(r68.id)!.get('para_1')!;
    expect(op1.versions.map((v) => `${v.docId}#${v.eId}`)).toEqual(docs.map((d) => `${d.id}#para_1`));
    expect(docs[op1.lastChanged]!.id).toBe(r66.id); // "strategies to address" arrived in 2011
  });

  it('a paragraph new in 68/243 starts there', () => {
    const human = lineages.get(r68.id)!.get('preamble__p_11')!;
    expect(human.versions.map((v) => v.docId)).toEqual([r68.id]);
  });

  it('is the same lineage seen from any of its documents', () => {
    const from56 = lineages.get(r56.id)!.get('para_5')!;
    const from68 = lineages.get(r68.id)!.get('para_5')!;
    expect(from56.versions).toEqual(from68.versions);
  });
});

describe('the comparison view', () => {
  it('escapes every value it interpolates', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(html`<p>${'<img src=x onerror=alert(1)>'}</p>`.value).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(redline(diffWords('a <b>', 'a <i>')).value).toBe(
      'a &lt;<del><span class="visually-hidden">deleted: </span>b</del><ins><span class="visually-hidden">inserted: </span>i</ins>&gt;',
    );
  });

  it('shows a change of spacing alone as the space it is, never struck through', () => {
    const ops = [
      { type: 'equal' as const, text: 'the' },
      { type: 'delete' as const, text: ' ' },
      { type: 'insert' as const, text: '  ' },
      { type: 'equal' as const, text: 'threats' },
    ];
    expect(redline(ops).value).toBe('the  threats');
    expect(redline(ops, 'a').value).toBe('the threats');
    expect(redline(ops, 'b').value).toBe('the  threats');
    expect(redline(ops).value).not.toContain('<del>');
  });

  it("shows each item under its paragraph, in the newer text's order", () => {
    const out = comparisonHtml(alignDocuments(r56, r62), r56, r62).value;
    const order = [...out.matchAll(/href="\/a-res-62-17\/#([^"]+)"/g)].map((m) => m[1]!).filter((e) => e.startsWith('para_'));
    expect(order.indexOf('para_3__list_1__point_a')).toBe(order.indexOf('para_3') + 1);
    expect(order.indexOf('para_4')).toBeGreaterThan(order.indexOf('para_3__list_1__point_d'));
    expect(out).not.toContain('Items of operative paragraphs');
  });

  it('labels each paragraph and gives the counts', () => {
    const out = comparisonHtml(alignDocuments(r66, r68), r66, r68).value;
    expect(out).toContain('<li><strong>1</strong> added</li>');
    expect(out).toContain('href="/a-res-68-243/#preamble__p_11"');
    expect(out.match(/class="row /g)!.length).toBe(alignDocuments(r66, r68).rows.length);
  });
});
