/**
 * The sample of the real corpus (tests/fixtures/corpus/): each text read on its own ends read
 * with every invariant or refused with a line, never crashed; expected.json holds the outcome
 * of each (`UPDATE=1` regenerates it; a missing file fails). This series' own 78/16 is checked
 * against what its PDF prints.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessSource } from '../../src/lib/assess.ts';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { toAkomaNtoso } from '../../src/lib/export/akn.ts';
import { validateAkn } from '../helpers/akn.ts';

const DIR = join(import.meta.dirname, '../fixtures/corpus');
const EXPECTED = join(DIR, 'expected.json');
const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const read = (file: string) => ({ file, bytes: readFileSync(join(DIR, file)) });

function summary(file: string) {
  const outcome = assessSource(read(file));
  const d = outcome.document;
  if (!d) return { outcome: outcome.outcome, detail: outcome.detail };
  return {
    outcome: 'read',
    id: d.id,
    title: d.title,
    agenda: [d.agendaItem, d.agendaTitle],
    committee: [d.committee, d.committeeReport],
    dates: [d.issued?.date ?? null, d.adopted?.date ?? null, d.adopted?.meeting ?? null],
    sponsors: d.sponsors.length,
    paragraphs: [d.preamble.length, d.operative.length],
    footnotes: d.footnotes.length,
    removed: d.removed.length,
  };
}

describe('the sample of real General Assembly documents', () => {
  const outcomes = Object.fromEntries(files.map((f) => [f, summary(f)]));

  it('reads or refuses each text with a line, and crashes on none', () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
    for (const [file, o] of Object.entries(outcomes)) {
      expect(o.outcome, file).not.toBe('crashed');
      if (o.outcome === 'refused') expect(o.detail, file).toMatch(/^[1-9]\d*: \S/);
    }
  });

  it('gives the recorded outcome for each text (expected.json)', () => {
    const actual = JSON.stringify(outcomes, null, 1) + '\n';
    if (process.env['UPDATE']) writeFileSync(EXPECTED, actual);
    expect(existsSync(EXPECTED), 'expected.json is missing: run with UPDATE=1 and review it').toBe(true);
    expect(actual).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('reads A/RES/78/16 as its PDF prints it: masthead, 21 recitals, footnotes joined, furniture out', () => {
    const result = ingestCorpus([read('a-res-78-16.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.symbol).toBe('A/RES/78/16');
    expect(d.title).toBe(
      'Programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security',
    );
    expect(d.agendaItem).toBe('94');
    expect(d.agendaTitle).toBe('Developments in the field of information and telecommunications in the context of international security');
    expect([d.committee, d.committeeReport]).toEqual(['First Committee', 'A/78/404']);
    expect(d.issued).toEqual({ status: 'General', date: '2023-12-06' });
    expect(d.adopted).toEqual({ date: '2023-12-04', meeting: 42 });
    expect(d.preamble).toHaveLength(21);
    expect(d.preamble[7]!.text).toMatch(/^Calling upon Member States to be guided/);
    expect(d.operative.map((p) => p.num)).toEqual(['1', '2', '3', '4', '5']);
    expect(d.operative[2]!.items.map((i) => i.eId)).toEqual(['para_3__list_1__point_a', 'para_3__list_1__point_b', 'para_3__list_1__point_c']);
    expect(d.footnotes.map((f) => [f.marker, f.text])).toEqual([
      ['1', 'See A/77/275.'],
      ['2', 'See A/78/265.'],
      ['3', 'See A/75/816.'],
      ['4', 'A/78/76.'],
    ]);
    expect(d.preamble[7]!.text).toContain('the first and second annual progress reports');
    expect(d.preamble[7]!.notes).toEqual(['1', '2']);
    const all = [d.title, ...d.preamble, ...d.operative].map((p) => (typeof p === 'string' ? p : p.text)).join('\n');
    for (const furniture of ['23-24434', '131223', '*2324434*', '2/4', 'A/RES/78/16', '____']) expect(all).not.toContain(furniture);
    expect(d.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        'job number',
        'date code',
        'barcode',
        'page number',
        'running header: the title',
        'running header: the document symbol',
        'footnote rule',
      ]),
    );
  });

  it('reads A/80/L.13: a paragraph’s last line printed before its first is put back, and listed; the sponsors are not the agenda title', () => {
    const result = ingestCorpus([read('a-80-l-13.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.operative[2]!.text).toBe('Welcomes the upcoming entry into force of the Agreement on 17 January 2026;');
    expect(d.moved).toEqual([
      { line: 94, after: 96, text: '2026;', reason: 'pdftotext printed the last line of paragraph 3 after its number, before its first line' },
    ]);
    expect(d.agendaTitle).toMatch(/Areas beyond National Jurisdiction$/);
    expect(d.sponsors.slice(0, 6)).toEqual(['Albania', 'Antigua and Barbuda', 'Armenia', 'Australia', 'Austria', 'Bahamas (The)']);
    expect(d.sponsors.at(-1)).toBe('Zambia');
  });

  it('keeps the notes marked with asterisks as notes to the masthead, wrapped lines joined (A/C.1/80/L.10)', () => {
    const result = ingestCorpus([read('a-c-1-80-l-10.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.mastheadNotes).toEqual([
      {
        marker: '*',
        text: 'On behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries.',
        lines: { first: 43, last: 44 },
      },
    ]);
    expect(d.footnotes.map((f) => f.marker)).toEqual(['1', '2', '3']);
    expect(d.removed.map((r) => r.text)).not.toContain('Non-Aligned Countries.');
  });

  it('reads the headings among operative paragraphs as headings, and a symbol marked with an asterisk as the running header it is', () => {
    const budget = ingestCorpus([read('a-res-78-304.txt')]);
    if (!budget.ok) throw new Error(JSON.stringify(budget.problems));
    expect(budget.documents[0]!.operative.flatMap((p) => (p.heading ? [[p.eId, p.heading.text]] : []))).toEqual([
      ['para_11', 'Budget performance report for the period from 1 July 2022 to 30 June 2023'],
      ['para_12', 'Budget estimates for the period from 1 July 2024 to 30 June 2025'],
      ['para_13', 'Financing of the appropriation for the period from 1 July 2024 to 30 June 2025'],
    ]);
    const reissued = ingestCorpus([read('a-c-3-80-l-29.txt')]);
    if (!reissued.ok) throw new Error(JSON.stringify(reissued.problems));
    const d = reissued.documents[0]!;
    expect(d.symbol).toBe('A/C.3/80/L.29');
    expect(d.operative.some((p) => p.heading)).toBe(false);
    expect(d.removed.filter((r) => r.reason === 'running header: the document symbol')).toHaveLength(13);
  });

  it('reads an annex after the closing: its heading, its title, its sections and its numbered paragraphs, valid Akoma Ntoso (A/RES/80/3)', () => {
    const result = ingestCorpus([read('a-res-80-3.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.adopted).not.toBeNull();
    expect(d.annexes.map((a) => [a.eId, a.heading, a.title?.text])).toEqual([['annex_1', 'Annex', 'Awaza Political Declaration']]);
    const [first] = d.annexes[0]!.paragraphs;
    expect([first!.eId, first!.num]).toEqual(['annex_1__para_1', '1']);
    expect(first!.text).toMatch(/^We, the Heads of State and Government/);
    // Its sections' headings ("I." / "Global context …") stand above their first paragraphs.
    expect(d.annexes[0]!.paragraphs.flatMap((p) => (p.heading ? [[p.eId, p.heading.text]] : []))).toEqual([
      ['annex_1__para_3', 'I. Global context and shared commitments'],
      ['annex_1__para_13', 'II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034'],
      ['annex_1__para_17', 'Partnerships and support mechanisms'],
      ['annex_1__para_20', 'Governance, accountability and monitoring'],
      ['annex_1__para_23', 'III. Conclusion and call to action'],
    ]);
    expect(validateAkn([toAkomaNtoso(d)])).toEqual([]);
  });

  it('reads "The General Assembly" / "Resolves that:" / "1. …" as one sentence through numbered clauses (A/RES/78/256)', () => {
    const result = ingestCorpus([read('a-res-78-256.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.formula).toBe('The General Assembly Resolves that:');
    expect(d.preamble).toEqual([]);
    expect(d.operative[0]!.text).toBe('The Working Capital Fund shall be established for 2024 in the amount of 250 million United States dollars;');
    expect(d.operative.map((p) => p.num)).toEqual(d.operative.map((_, i) => String(i + 1)));
    expect(validateAkn([toAkomaNtoso(d)])).toEqual([]);
  });

  it('reads recitals followed by one unnumbered operative sentence (A/RES/78/186)', () => {
    const result = ingestCorpus([read('a-res-78-186.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.preamble.map((p) => p.text.split(' ')[0])).toEqual(['Recalling', 'Recalling', 'Having']);
    expect(d.operative.map((p) => [p.eId, p.num, p.text])).toEqual([
      ['para_1', null, 'Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations.'],
    ]);
  });

  it('puts a last line back across the page furniture printed between it and its paragraph (A/80/L.2)', () => {
    const result = ingestCorpus([read('a-80-l-2.txt')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const d = result.documents[0]!;
    expect(d.operative.at(-1)!.text).toBe('Further decides that these procedures shall apply only during the eightieth session.');
    expect(d.moved.map((m) => m.text)).toEqual(['session.']);
  });
});
