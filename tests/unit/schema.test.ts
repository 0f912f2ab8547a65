import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphSchema, resolutionDocumentSchema, sourceMetadataSchema, type Paragraph, type ResolutionDocument } from '../../src/lib/schema.ts';
import { RESOLUTIONS_DIR } from '../helpers/sources.ts';

const docs = readdirSync(RESOLUTIONS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(RESOLUTIONS_DIR, f), 'utf8')));
const paragraph: Paragraph = {
  eId: 'para_1',
  num: '1',
  text: 'Decides to remain seized of the matter.',
  notes: [],
  inline: [{ type: 'text', value: 'Decides to remain seized of the matter.' }],
  items: [],
  lines: { first: 3, last: 3 },
};

describe('the resolution schema', () => {
  it('accepts every published document', () => {
    for (const doc of docs) expect(resolutionDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it.each(['para_1', 'preamble__p_12', 'para_3__list_1__point_b', 'para_3__list_1__point_d__list_1__point_ii'])('accepts the AKN eId %s', (eId) => {
    expect(paragraphSchema.safeParse({ ...paragraph, eId }).success).toBe(true);
  });

  it.each(['p1', 'para-1', 'preamble_p_1', 'para_3__point_b', 'para_1 '])('refuses the eId %j', (eId) => {
    expect(paragraphSchema.safeParse({ ...paragraph, eId }).success).toBe(false);
  });

  it('validates nested items too', () => {
    const bad = { ...paragraph, items: [{ ...paragraph, eId: 'item a' }] };
    expect(paragraphSchema.safeParse(bad).success).toBe(false);
  });

  it('refuses a document without operative paragraphs, a bad date or a bad source hash', () => {
    const doc = docs[0];
    expect(resolutionDocumentSchema.safeParse({ ...doc, operative: [] }).success).toBe(false);
    expect(resolutionDocumentSchema.safeParse({ ...doc, adopted: { date: '2011-02-30', meeting: 1 } }).success).toBe(false);
    expect(resolutionDocumentSchema.safeParse({ ...doc, source: { file: 'x.txt', sha256: 'abc' } }).success).toBe(false);
  });

  describe('states what the site relies on (refinements)', () => {
    const doc = docs.find((d) => d.symbol === 'A/RES/66/24') as ResolutionDocument;
    const issues = (changed: unknown) => {
      const r = resolutionDocumentSchema.safeParse(changed);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    const withOperative = (f: (ps: Paragraph[]) => Paragraph[]) => ({ ...doc, operative: f(structuredClone(doc.operative)) });

    it('eIds are the paragraphs’ places, unique', () => {
      expect(issues(withOperative((ps) => [ps[1]!, ps[0]!, ...ps.slice(2)]))).toContainEqual(
        expect.stringMatching(/^operative\.0\.eId: eId "para_2" where its place gives "para_1"$/),
      );
      expect(issues(withOperative((ps) => [ps[0]!, ps[0]!, ...ps.slice(2)]))).toContainEqual(expect.stringMatching(/eId "para_1" appears twice/));
      expect(issues(withOperative((ps) => ((ps[2]!.items[0]!.eId = 'para_3__list_1__point_z'), ps)))).toContainEqual(
        expect.stringMatching(/^operative\.2\.items\.0\.eId: /),
      );
    });

    it('every note reference has its footnote, every footnote citing paragraphs that exist', () => {
      const cited = doc.preamble.findIndex((p) => p.notes.length > 0);
      const preamble = structuredClone(doc.preamble);
      preamble[cited]!.notes = [];
      expect(issues({ ...doc, preamble })).toContainEqual(expect.stringMatching(/notes \[\] are not the note references of its text/));
      expect(issues({ ...doc, footnotes: [] })).toContainEqual(expect.stringMatching(/is cited by preamble__p_\d+ but has no footnote/));
      expect(issues({ ...doc, footnotes: doc.footnotes.map((f) => ({ ...f, citedBy: ['para_99'] })) })).toContainEqual(
        expect.stringMatching(/cited by "para_99", which is no paragraph/),
      );
    });

    it('a draft has no number and no adoption; characters XML forbids appear nowhere', () => {
      expect(issues({ ...doc, kind: 'draft' })).toEqual(['kind: a draft has no resolution number and no adoption']);
      expect(issues({ ...doc, title: 'Developments\u000b' })).toEqual(['title: character U+000B is not allowed in XML, so in no published text']);
      expect(issues({ ...doc, masthead: ['\uffff'] })).toEqual(['masthead.0: character U+FFFF is not allowed in XML, so in no published text']);
    });
  });

  it('refuses an unknown inline node', () => {
    expect(paragraphSchema.safeParse({ ...paragraph, inline: [{ type: 'html', value: '<b>x</b>' }] }).success).toBe(false);
  });

  it('records the SHA-256 of each source', () => {
    for (const doc of docs) expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the metadata schema', () => {
  it('requires a basis and an inference flag for every fact', () => {
    expect(sourceMetadataSchema.safeParse({ number: { value: '56/19' } }).success).toBe(false);
    expect(sourceMetadataSchema.safeParse({ number: { value: '56/19', basis: 'short', inference: true } }).success).toBe(false);
    expect(sourceMetadataSchema.safeParse({ number: { value: '56/19', basis: 'recited by later resolutions', inference: true } }).success).toBe(true);
  });

  it('refuses facts it does not know, so a typo cannot pass silently', () => {
    expect(sourceMetadataSchema.safeParse({ numbr: { value: '56/19', basis: 'recited by later resolutions', inference: true } }).success).toBe(false);
  });
});
