/**
 * One test per class of bad input, each made by damaging a real source. Every problem must
 * name the file and the line to look at; a damaged source must never yield a document.
 */
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { ingestWith, realSources } from '../helpers/sources.ts';

const R66 = 'a-res-66-24.txt';
const R68 = 'a-res-68-243.txt';
const DRAFT = 'draft-64-first-committee-2009.txt';

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function problemsFor(file: string, mutate: (text: string) => string | Uint8Array) {
  const result = ingestWith(file, mutate);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.problems.every((p) => p.file === file || p.file.startsWith(file.replace('.txt', '')))).toBe(true);
  return result.problems;
}

const text66 = new TextDecoder().decode(realSources().find((s) => s.file === R66)!.bytes);

describe('bad input', () => {
  it('an empty file', () => {
    expect(problemsFor(R66, () => '\n  \n')).toEqual([{ file: R66, line: 1, message: 'empty file: no text' }]);
  });

  it('a binary file', () => {
    const [p] = problemsFor(R66, (t) => t.replace('Noting that considerable', 'Noting\0that considerable'));
    expect(p).toMatchObject({ line: lineOf(text66, 'Noting that considerable'), message: expect.stringMatching(/^binary file/) });
  });

  it('a file that is not UTF-8 (Latin-1 bytes)', () => {
    const latin1 = (t: string) => Uint8Array.from([...t.replace('“', '"').replace('”', '"')].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
    const [p] = problemsFor(R66, (t) => latin1(t.replace('Midrand', 'Midrànd')));
    expect(p).toMatchObject({ line: lineOf(text66, 'Midrand'), message: expect.stringMatching(/^not UTF-8: invalid byte 0xe0/) });
  });

  it('a file far too large to be a resolution is refused before it is parsed', () => {
    const [p] = problemsFor(R66, (t) => t + 'x'.repeat(1_000_001));
    expect(p).toMatchObject({ line: 1, message: expect.stringMatching(/^file is \d+ bytes; a resolution text is far below/) });
  });

  it('no enacting formula', () => {
    const [p] = problemsFor(R66, (t) => t.replace('The General Assembly,', 'The Assembly,'));
    expect(p).toMatchObject({ message: expect.stringMatching(/^no enacting formula/) });
  });

  it('no operative paragraphs', () => {
    const [p] = problemsFor(R66, (t) => t.slice(0, t.indexOf('1. *Calls upon*')));
    expect(p).toMatchObject({ message: expect.stringMatching(/^no operative paragraphs/) });
  });

  it('a gap in the operative numbering', () => {
    const [p] = problemsFor(R66, (t) => t.replace('4. *Requests*', '5. *Requests*').replace('5. *Decides*', '6. *Decides*'));
    expect(p).toMatchObject({ line: lineOf(text66, '4. *Requests*'), message: 'operative paragraph 5 where 4 was expected: numbering gap' });
  });

  it('an operative number given twice', () => {
    const [p] = problemsFor(R66, (t) => t.replace('3. *Invites*', '2. *Invites*'));
    expect(p).toMatchObject({ line: lineOf(text66, '3. *Invites*'), message: 'operative paragraph 2 appears twice' });
  });

  it('a gap in the item lettering (PDF layout)', () => {
    const text68 = new TextDecoder().decode(realSources().find((s) => s.file === R68)!.bytes);
    const [p] = problemsFor(R68, (t) => t.replace('(c)\n', '(e)\n'));
    expect(p).toMatchObject({ line: lineOf(text68, '(c)'), message: 'item (e) where (c) was expected: lettering gap' });
  });

  it('a footnote text whose marker is never cited', () => {
    const [p] = problemsFor(R66, (t) => t.replace('the recommendations that were made,¹', 'the recommendations that were made,'));
    expect(p).toMatchObject({ line: lineOf(text66, '¹ See A/51/261'), message: 'footnote 1 has a text but its marker is never cited in the text' });
  });

  it('the same footnote given twice', () => {
    const [p] = problemsFor(R66, (t) => t.replace('⁴ See A/65/201.', '⁴ See A/65/201.\n\n⁴ See A/65/201.'));
    expect(p).toMatchObject({ message: expect.stringMatching(/^footnote 4 is given twice/) });
  });

  it('two documents in one file', () => {
    const draft = new TextDecoder().decode(realSources().find((s) => s.file === DRAFT)!.bytes);
    const problems = problemsFor(R66, (t) => `${t}\n\n${draft}`);
    expect(problems[0]).toMatchObject({ message: expect.stringMatching(/two documents in one file/) });
    expect(problems[0]!.line).toBeGreaterThan(text66.split('\n').length);
  });

  it('text after the closing', () => {
    const problems = problemsFor(R66, (t) => `${t}\n\nDecides also to remain seized of the matter.\n`);
    expect(problems[0]).toMatchObject({ line: text66.split('\n').length + 2, message: expect.stringMatching(/^text after the closing/) });
  });

  it('characters the parser reserves for itself', () => {
    const [p] = problemsFor(R66, (t) => t.replace('Midrand', 'Mid\uE000rand'));
    expect(p).toMatchObject({ line: lineOf(text66, 'Midrand'), message: expect.stringMatching(/private-use character U\+E000/) });
  });

  it('metadata that contradicts the text', () => {
    const sources = realSources().map((s) =>
      s.file === R66
        ? { ...s, metadata: { file: 'a-res-66-24.meta.json', bytes: new TextEncoder().encode('{"number":{"value":"66/25","basis":"a wrong guess made for this test","inference":true}}') } }
        : s,
    );
    const result = ingestCorpus(sources);
    expect(result).toMatchObject({ ok: false, problems: [{ file: R66, line: lineOf(text66, '66/24. Developments'), message: expect.stringMatching(/gives number "66\/25" but the text states "66\/24"/) }] });
  });

  it('metadata that is not valid JSON, or not of the metadata schema', () => {
    const withMeta = (json: string) =>
      ingestCorpus(realSources().map((s) => (s.file === R66 ? { ...s, metadata: { file: 'a-res-66-24.meta.json', bytes: new TextEncoder().encode(json) } } : s)));
    expect(withMeta('{\n  "number": {\n    "value": "66/24",\n  }\n}')).toMatchObject({ ok: false, problems: [{ file: 'a-res-66-24.meta.json', line: 4, message: expect.stringMatching(/^not valid JSON/) }] });
    expect(withMeta('{\n  "title": {"value": "x", "basis": "because I said so", "inference": false}\n}')).toMatchObject({ ok: false, problems: [{ file: 'a-res-66-24.meta.json', line: 1, message: expect.stringMatching(/Unrecognized key/) }] });
  });

  it('one bad source fails the corpus; the documents beside it are only those read without a problem', () => {
    const result = ingestWith(R66, () => '');
    expect(result.ok).toBe(false);
    expect(result.documents.map((d) => d.source.file).sort()).toEqual(realSources().map((s) => s.file).filter((f) => f !== R66).sort());
  });
});
