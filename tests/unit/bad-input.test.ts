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

  it('UTF-16 text, with or without its byte-order mark', () => {
    const utf16le = (t: string, bom: boolean) =>
      Uint8Array.from([...(bom ? [0xff, 0xfe] : []), ...[...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(problemsFor(R66, (t) => utf16le(t, true))).toEqual([
      { file: R66, line: 1, message: 'UTF-16 text (little-endian, byte-order mark FF FE): re-save the file as UTF-8' },
    ]);
    expect(problemsFor(R66, (t) => utf16le(t, false))).toEqual([
      { file: R66, line: 1, message: 'UTF-16 text (little-endian, no byte-order mark): re-save the file as UTF-8' },
    ]);
  });

  it('a line too long to be a paragraph', () => {
    const [p] = problemsFor(R66, (t) => t.replace('Midrand', 'Midrand '.repeat(30_000)));
    expect(p).toMatchObject({
      line: lineOf(text66, 'Midrand'),
      message: expect.stringMatching(/^line of 240\d{3} characters; a paragraph of a resolution is far below 200000$/),
    });
  });

  it('items nested deeper than four lists', () => {
    const deep = ['(a) one:', '(i) two:', '(a) three:', '(i) four:', '(a) five;'].join('\n\n');
    const [p] = problemsFor(R66, (t) => t.replace(/^\(a\) .*$/m, deep));
    expect(p).toMatchObject({
      line: lineOf(text66, '(a) ') + 8,
      message: 'item (a) would open a list 5 deep: at most 4 levels of items are read ((a), (i) and two more)',
    });
  });

  it('a title without a Latin letter or digit, which cannot name its series', () => {
    const [p] = problemsFor(R66, (t) =>
      t.replace('66/24. Developments in the field of information and telecommunications in the context of international security', '66/24. ——'),
    );
    expect(p).toMatchObject({ message: expect.stringMatching(/^a title without Latin letters or digits \("——"\)/) });
  });

  it('a symbol that would take one of the site’s own addresses', () => {
    const meta =
      '{"number":{"value":"56/19","basis":"recited by the later resolutions","inference":true},"symbol":{"value":"SEARCH","basis":"a symbol made up for this test","inference":true}}';
    const sources = realSources().map((s) =>
      s.file === 'a-res-56-19.txt' ? { ...s, metadata: { file: 'a-res-56-19.meta.json', bytes: new TextEncoder().encode(meta) } } : s,
    );
    const result = ingestCorpus(sources);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          file: 'a-res-56-19.txt',
          message: 'the document\'s address /search/ is one of the site\'s own (from its symbol "SEARCH"): not a General Assembly symbol?',
        },
      ],
    });
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

  it('the placeholder a sponsor list is split with, in a sponsor list (once read as "ArmAntigua and Barbudaenia")', () => {
    const textDraft = new TextDecoder().decode(realSources().find((s) => s.file === DRAFT)!.bytes);
    const [p] = problemsFor(DRAFT, (t) => t.replace('Armenia, ', 'Arm\uE0100\uE011enia, '));
    expect(p).toEqual({ file: DRAFT, line: lineOf(textDraft, 'Armenia, Azerbaijan'), message: 'private-use character U+E010 is not allowed in a source' });
  });

  it('metadata that contradicts the text', () => {
    const sources = realSources().map((s) =>
      s.file === R66
        ? {
            ...s,
            metadata: {
              file: 'a-res-66-24.meta.json',
              bytes: new TextEncoder().encode('{"number":{"value":"66/25","basis":"a wrong guess made for this test","inference":true}}'),
            },
          }
        : s,
    );
    const result = ingestCorpus(sources);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { file: R66, line: lineOf(text66, '66/24. Developments'), message: expect.stringMatching(/gives number "66\/25" but the text states "66\/24"/) },
      ],
    });
  });

  it('metadata that is not valid JSON, or not of the metadata schema', () => {
    const withMeta = (json: string) =>
      ingestCorpus(
        realSources().map((s) => (s.file === R66 ? { ...s, metadata: { file: 'a-res-66-24.meta.json', bytes: new TextEncoder().encode(json) } } : s)),
      );
    expect(withMeta('{\n  "number": {\n    "value": "66/24",\n  }\n}')).toMatchObject({
      ok: false,
      problems: [{ file: 'a-res-66-24.meta.json', line: 4, message: expect.stringMatching(/^not valid JSON/) }],
    });
    expect(withMeta('{\n  "title": {"value": "x", "basis": "because I said so", "inference": false}\n}')).toMatchObject({
      ok: false,
      problems: [{ file: 'a-res-66-24.meta.json', line: 1, message: expect.stringMatching(/Unrecognized key/) }],
    });
  });

  it('one bad source fails the corpus; the documents beside it are only those read without a problem', () => {
    const result = ingestWith(R66, () => '');
    expect(result.ok).toBe(false);
    expect(result.documents.map((d) => d.source.file).sort()).toEqual(
      realSources()
        .map((s) => s.file)
        .filter((f) => f !== R66)
        .sort(),
    );
  });
});
