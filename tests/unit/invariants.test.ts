/**
 * The invariants of a right reading catch the misreadings they were written for: a real text,
 * read right, is damaged in the output the way a parser slip would damage it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { checkInvariants } from '../../src/lib/invariants.ts';
import { normalize } from '../../src/lib/parse/index.ts';
import type { ResolutionDocument } from '../../src/lib/schema.ts';

const file = 'a-res-78-16.txt';
const source = normalize(readFileSync(join(import.meta.dirname, '../fixtures/corpus', file), 'utf8'));
const result = ingestCorpus([{ file, bytes: Buffer.from(source) }]);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const read = result.documents[0]!;

/** The violations of the document read, once `damage` has changed it. */
function violations(damage: (doc: ResolutionDocument) => void): string[] {
  const doc = structuredClone(read);
  damage(doc);
  return checkInvariants(source, doc).map((v) => v.message);
}

describe('the invariants of a right reading', () => {
  it('hold for the text read right', () => expect(violations(() => {})).toEqual([]));

  it.each<[string, (doc: ResolutionDocument) => void, RegExp]>([
    [
      'a section heading read into the last recital',
      (doc) => (doc.preamble.at(-1)!.text += ' I Achieving sustainable fisheries'),
      /preamble__p_21 ends mid-phrase \("….* I Achieving sustainable fisheries"\)/,
    ],
    [
      'a recital that lost its last line',
      (doc) => (doc.preamble[0]!.text = doc.preamble[0]!.text.replace(/,$/, '').replace(/ \S+$/, '')),
      /preamble__p_1 ends mid-phrase/,
    ],
    [
      'the running header’s symbol opening a paragraph',
      (doc) => (doc.operative[1]!.text = `A/RES/78/16 ${doc.operative[1]!.text}`),
      /the document's own symbol inside para_2: a running header read as text/,
    ],
    [
      'the running title read as a recital',
      (doc) => (doc.preamble[3]!.text = `${doc.preamble[3]!.text} ${doc.title}`),
      /the document's title inside preamble__p_4: a running header read as text/,
    ],
    [
      'a running title at the top of a page that was not left out',
      (doc) => (doc.removed = doc.removed.filter((r) => r.reason !== 'running header: the title')),
      /the running title at the top of a page was read as text/,
    ],
    [
      'a footnote marker read inside a resolution number ("70/1")',
      (doc) => {
        const p = doc.preamble.find((q) => q.notes.length > 0)!;
        const at = p.inline.findIndex((n) => n.type === 'noteRef');
        p.inline[at - 1] = { type: 'text', value: 'Recalling its resolution 70/' };
      },
      /footnote \d+ read inside a symbol \("….*resolution 70\/\d+"\)/,
    ],
    [
      'the adoption line read into the agenda item’s title',
      (doc) => (doc.agendaTitle = `${doc.agendaTitle} Resolution adopted by the General Assembly on 4 December 2023`),
      /the adoption line read as part of the agenda item's title/,
    ],
  ])('catch %s', (_, damage, message) => expect(violations(damage)).toEqual(expect.arrayContaining([expect.stringMatching(message)])));

  it('let a paragraph cite the title in its own words', () => {
    expect(
      violations((doc) => {
        doc.preamble[3]!.text = `Recalling the ${doc.title.replace(/^P/, 'p')},`;
      }),
    ).toEqual([]);
  });
});
