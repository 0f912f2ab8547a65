/** A document belongs to its agenda item (its topic) and, within it, to the series of its title. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { corpusTopics } from '../../src/lib/document/index.ts';
import { realSources } from '../helpers/sources.ts';

const sample = (file: string) => ({ file, bytes: readFileSync(join(import.meta.dirname, '../fixtures/corpus', file)) });
const ICT = 'Developments in the field of information and telecommunications in the context of international security';

describe('topics: agenda items and their series', () => {
  const result = ingestCorpus([...realSources(), sample('a-res-78-16.txt'), sample('a-res-79-237.txt'), sample('a-res-78-256.txt')]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const topics = corpusTopics(result.documents);

  it('one agenda item holds several series: the yearly resolutions, the programme of action, the working group', () => {
    const ict = topics.find((t) => t.title === ICT)!;
    expect([...ict.series.keys()]).toEqual([
      'developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security',
      expect.stringMatching(/^programme-of-action-to-advance-responsible-state-behaviour/),
      expect.stringMatching(/^open-ended-working-group-on-security-of-and-in-the-use-of-information/),
    ]);
    // Numbered differently each session, the item is one topic.
    expect(ict.items).toEqual(expect.arrayContaining(['91', '93', '94']));
  });

  it('a series whose texts print only "Agenda item 93" joins the topic its other texts name', () => {
    const yearly = topics
      .find((t) => t.title === ICT)!
      .series.values()
      .next().value!;
    expect(yearly.map((d) => d.id)).toEqual(['a-res-56-19', 'a-res-62-17', 'draft-64-first-committee-2009', 'a-res-66-24', 'a-res-68-243']);
  });

  it('every document is in exactly one topic and one series', () => {
    const placed = topics.flatMap((t) => [...t.series.values()].flat().map((d) => d.id));
    expect(placed.sort()).toEqual(result.documents.map((d) => d.id).sort());
    expect(topics.map((t) => t.title)).toContain('Proposed programme budget for 2024');
  });
});
