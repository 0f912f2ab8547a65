/**
 * The five real sources against the facts the issue states about them (counted by hand from
 * the official texts), and the fidelity of every output to its source.
 */
import { describe, expect, it } from 'vitest';
import { ingestCorpus, joinShares, parseSources, prepareCorpus } from '../../src/lib/corpus.ts';
import { checkFidelity, documentWords, sourceWords } from '../../src/lib/fidelity.ts';
import { joinLexicons, lexiconPart, normalize } from '../../src/lib/parse/index.ts';
import { documentSummary, type Paragraph, type ResolutionDocument } from '../../src/lib/schema.ts';
import { bySymbol, realCorpus, realSources, sourceText } from '../helpers/sources.ts';

const corpus = realCorpus();

const items = (ps: Paragraph[]) => ps.reduce((n, p) => n + p.items.length, 0);

const expected = [
  { symbol: 'A/RES/56/19', kind: 'resolution', pp: 13, op: 5, items: 3, cited: 2, texts: 0, adopted: { date: '2001-11-29', meeting: 68 }, sponsors: 0 },
  { symbol: 'A/RES/62/17', kind: 'resolution', pp: 16, op: 5, items: 4, cited: 4, texts: 4, adopted: { date: '2007-12-05', meeting: 61 }, sponsors: 0 },
  { symbol: null, kind: 'draft', pp: 16, op: 6, items: 4, cited: 4, texts: 4, adopted: null, sponsors: 23 },
  { symbol: 'A/RES/66/24', kind: 'resolution', pp: 17, op: 5, items: 4, cited: 4, texts: 4, adopted: { date: '2011-12-02', meeting: 71 }, sponsors: 0 },
  { symbol: 'A/RES/68/243', kind: 'resolution', pp: 18, op: 5, items: 4, cited: 4, texts: 0, adopted: { date: '2013-12-27', meeting: 72 }, sponsors: 0 },
] as const;

describe('the five sources', () => {
  it('are all ingested, in chronological order', () => {
    expect(corpus.map((d) => d.symbol ?? d.kind)).toEqual(['A/RES/56/19', 'A/RES/62/17', 'draft', 'A/RES/66/24', 'A/RES/68/243']);
  });

  for (const row of expected) {
    describe(row.symbol ?? 'the 2009 draft', () => {
      const doc = bySymbol(corpus, row.symbol, row.kind);
      it('has the right number of preambular and operative paragraphs and items', () => {
        expect(doc.preamble).toHaveLength(row.pp);
        expect(doc.operative).toHaveLength(row.op);
        expect(items(doc.operative)).toBe(row.items);
        expect(doc.operative.filter((p) => p.items.length).map((p) => p.eId)).toEqual(['para_3']);
      });
      it('has its footnotes: markers cited, texts present or recorded as absent', () => {
        expect(doc.footnotes).toHaveLength(row.cited);
        expect(doc.footnotes.filter((f) => f.text !== null)).toHaveLength(row.texts);
        expect(doc.footnotes.map((f) => f.marker)).toEqual(Array.from({ length: row.cited }, (_, i) => String(i + 1)));
      });
      it('has its adoption, kind and sponsors', () => {
        expect(doc.adopted).toEqual(row.adopted);
        expect(doc.kind).toBe(row.kind);
        expect(doc.sponsors).toHaveLength(row.sponsors);
      });
      it('keeps every word of the source, in order, nothing added (corrections aside)', () => {
        const text = normalize(sourceText(doc.source.file));
        expect(checkFidelity(text, doc)).toEqual([]);
        // The comparison is not vacuous: the streams are the size of a resolution.
        expect(sourceWords(text, doc).body.length).toBeGreaterThan(500);
        expect(documentWords(doc).body).toEqual(sourceWords(text, doc).body);
      });
      it('names the line of the first word that differs when the output loses one', () => {
        const text = normalize(sourceText(doc.source.file));
        const last = doc.operative.at(-1)!;
        const inline = last.inline.map((n, i) => (i === last.inline.length - 1 && n.type === 'text' ? { ...n, value: n.value.replace(/\s*\S+\s*$/, '') } : n));
        const problems = checkFidelity(text, { ...doc, operative: [...doc.operative.slice(0, -1), { ...last, inline }] });
        expect(problems).toEqual([{ line: expect.any(Number), message: expect.stringMatching(/^text fidelity: word \d+: source has /) }]);
        expect(problems[0]!.line).toBeGreaterThanOrEqual(last.lines.first);
        expect(problems[0]!.line).toBeLessThanOrEqual(last.lines.last);
      });
    });
  }
});

describe('a corpus parsed in shares', () => {
  it('gives what one pass gives: every share parses against the lexicon of the whole corpus', () => {
    const { decoded, lexicon, problems } = prepareCorpus(realSources());
    // One source per share, in reverse: 68/243 alone has no evidence for its lost hyphens; the other texts are.
    const joined = joinShares(
      decoded.reverse().map((d) => parseSources([d], lexicon)),
      problems,
    );
    expect(joined).toEqual(ingestCorpus(realSources()));
    expect(joined.ok && joined.documents.find((d) => d.symbol === 'A/RES/68/243')!.corrections.length).toBeGreaterThan(0);
  });

  it('has the lexicon of one pass, whatever shares build its parts', () => {
    const { decoded, lexicon } = prepareCorpus(realSources());
    const sources = decoded.map((d, at) => ({ file: d.source.file, text: d.text, at }));
    for (const of of [2, 3, 5]) {
      const parts = Array.from({ length: of }, (_, k) => lexiconPart(sources.filter(({ at }) => at % of === k)));
      expect(joinLexicons(parts)).toEqual(lexicon);
    }
    // A compound as the corpus first spells it, whichever part meets it first.
    const [later, earlier] = [
      lexiconPart([{ file: 'b.txt', text: 'the Secretary-General', at: 1 }]),
      lexiconPart([{ file: 'a.txt', text: 'the secretary-general of alpha', at: 0 }]),
    ];
    const joined = joinLexicons([later, earlier]);
    expect(joined.compounds.get('secretarygeneral')).toBe('secretary-general');
    expect([joined.plainIn.get('the'), joined.plainIn.get('alpha')]).toEqual([null, 'a.txt']);
    // Not vacuous: the texts spell compounds, words found in one text only and words found in several.
    expect(lexicon.compounds.size).toBeGreaterThan(10);
    const where = [...lexicon.plainIn.values()];
    expect(where.filter((w) => w !== null).length).toBeGreaterThan(50);
    expect(where.filter((w) => w === null).length).toBeGreaterThan(100);
  });
});

describe('facts and their provenance', () => {
  const draft = bySymbol(corpus, null, 'draft');
  const r56 = bySymbol(corpus, 'A/RES/56/19');
  const r66 = bySymbol(corpus, 'A/RES/66/24');
  const r68 = bySymbol(corpus, 'A/RES/68/243');

  it('the draft states no symbol and gets none; its fate is an inference', () => {
    expect(draft.symbol).toBeNull();
    expect(draft.number).toBeNull();
    expect(draft.id).toBe('draft-64-first-committee-2009');
    expect(draft.session).toBe(64);
    expect(draft.committee).toBe('First Committee');
    expect(draft.agendaItem).toBe('91');
    expect(draft.issued).toEqual({ status: 'Limited', date: '2009-10-16' });
    expect(draft.adoptedAs).toEqual({ number: '64/25' });
    expect(draft.provenance.adoptedAs).toMatchObject({ origin: 'metadata', inference: true });
    expect(draft.sponsors[0]).toBe('Armenia');
    expect(draft.sponsors.at(-1)).toBe('Zimbabwe');
    expect(draft.sponsors).toContain('Russian Federation');
    expect(draft.sponsors).toContain('Viet Nam');
  });

  it('56/19 gets its number from metadata, marked as an inference, and what follows from it too', () => {
    expect(r56.number).toBe('56/19');
    expect(r56.provenance.number).toMatchObject({ origin: 'metadata', inference: true });
    expect(r56.provenance.symbol).toMatchObject({ origin: 'rule', inference: true });
    expect(r56.provenance.session).toMatchObject({ origin: 'rule', inference: true });
    expect(r56.issued).toBeNull();
    expect(r56.committeeReport).toBeNull();
  });

  it('a summary names the facts that are inferences, which lists of documents mark', () => {
    expect(documentSummary(r56).inferred).toEqual(['symbol', 'number', 'session']);
    expect(documentSummary(draft).inferred).toEqual(['adoptedAs']);
    expect(documentSummary(r66).inferred).toEqual([]);
    expect(documentSummary(r56)).not.toHaveProperty('provenance');
  });

  it('66/24 states its facts in the masthead', () => {
    expect(r66).toMatchObject({
      id: 'a-res-66-24',
      symbol: 'A/RES/66/24',
      number: '66/24',
      session: 66,
      agendaItem: '93',
      committee: 'First Committee',
      committeeReport: 'A/66/407',
      issued: { status: 'General', date: '2011-12-13' },
    });
    expect(r66.provenance.number).toMatchObject({ origin: 'text', inference: false });
  });

  it('68/243, with no masthead, leaves unknown facts null rather than guessing', () => {
    expect(r68.agendaItem).toBeNull();
    expect(r68.committee).toBeNull();
    expect(r68.committeeReport).toBeNull();
    expect(r68.issued).toBeNull();
    expect(r68.session).toBe(68);
  });

  it('all five belong to one series, named from the title', () => {
    expect(new Set(corpus.map((d) => d.series))).toEqual(
      new Set(['developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security']),
    );
  });

  it('reads the recalled resolutions with their dates', () => {
    expect(r66.recalls).toHaveLength(13);
    expect(r66.recalls[0]).toEqual({ number: '53/70', date: '1998-12-04' });
    expect(r66.recalls.at(-1)).toEqual({ number: '65/41', date: '2010-12-08' });
    expect(r68.recalls.map((r) => r.number)).toContain('67/27');
    expect(r56.recalls.map((r) => r.number)).toEqual(['53/70', '54/49', '55/28']);
  });
});

describe('footnotes', () => {
  const r66 = bySymbol(corpus, 'A/RES/66/24');
  const draft = bySymbol(corpus, null, 'draft');
  const r68 = bySymbol(corpus, 'A/RES/68/243');

  it('a note cited twice lists both citing paragraphs (66/24 note 4)', () => {
    const note = r66.footnotes.find((f) => f.marker === '4')!;
    expect(note.citedBy).toEqual(['preamble__p_16', 'para_3']);
    expect(note.eId).toBe('preamble__p_16__authorialNote_4');
    expect(note.text).toBe('See A/65/201.');
  });

  it('a plain-digit marker inside a line is a note reference, not text (68/243 "Security,4 to continue")', () => {
    const op3 = r68.operative[2]!;
    expect(op3.notes).toEqual(['4']);
    expect(op3.text).toContain('International Security, to continue');
    expect(op3.text).not.toMatch(/\d to continue/);
  });

  it('numbers that are not markers stay text ("paragraphs 1 to 3")', () => {
    const p = r68.preamble.find((x) => x.text.startsWith('Noting also the contribution'))!;
    expect(p.text).toContain('paragraphs 1 to 3 of resolutions 53/70');
    expect(p.notes).toEqual([]);
  });

  it("the draft's last preambular paragraph resumes after the footnote block", () => {
    const last = draft.preamble.at(-1)!;
    expect(last.text).toBe(
      "Taking note of the report of the Secretary-General on the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, prepared on the basis of the results of the Group's work,",
    );
    expect(last.notes).toEqual(['4']);
    expect(draft.footnotes.find((f) => f.marker === '4')!.text).toBe('A/60/202.');
  });
});

describe('editorial corrections', () => {
  const r68 = bySymbol(corpus, 'A/RES/68/243');

  it('restores the hyphens lost in the 68/243 extraction and lists them with reasons', () => {
    expect(r68.corrections.map(({ eId, from, to }) => ({ eId, from, to }))).toEqual([
      { eId: 'preamble__p_17', from: 'SecretaryGeneral', to: 'Secretary-General' },
      { eId: 'para_4', from: 'confidencebuilding', to: 'confidence-building' },
    ]);
    for (const c of r68.corrections) expect(c.reason).toMatch(/hyphen lost/);
    expect(r68.operative[3]!.text).toContain('confidence-building measures');
    expect(r68.operative[3]!.inline).toContainEqual({ type: 'correction', value: 'confidence-building', original: 'confidencebuilding' });
  });

  it('makes no correction where the text is sound', () => {
    for (const doc of corpus.filter((d) => d.symbol !== 'A/RES/68/243')) expect(doc.corrections).toEqual([]);
  });
});

describe('operative phrases in italics', () => {
  const emphasis = (doc: ResolutionDocument) => doc.operative.map((p) => (p.inline[0]?.type === 'emphasis' ? p.inline[0] : null));

  it('come from the source where it has them, and by rule where extraction lost them', () => {
    for (const doc of corpus) {
      const pdf = doc.symbol === 'A/RES/56/19' || doc.symbol === 'A/RES/68/243';
      for (const em of emphasis(doc)) expect(em).toMatchObject({ type: 'emphasis', inferred: pdf });
    }
  });

  it('the rule gives the same phrases as the italics of the clean sources', () => {
    const r66 = bySymbol(corpus, 'A/RES/66/24');
    const r68 = bySymbol(corpus, 'A/RES/68/243');
    expect(emphasis(r68).map((e) => e?.value)).toEqual(emphasis(r66).map((e) => e?.value));
    const draft = bySymbol(corpus, null, 'draft');
    expect(emphasis(draft).map((e) => e?.value)).toEqual(['Calls upon', 'Considers', 'Invites', 'Requests', 'Notes with satisfaction', 'Decides']);
  });
});
