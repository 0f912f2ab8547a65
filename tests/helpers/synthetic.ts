/**
 * Synthetic corpora for the scale benchmark, generated from the real texts: N resolutions in
 * series of 25 (as the General Assembly's corpus runs), each with its own number, session,
 * date and meeting, its paragraphs shuffled and some dropped, so that no two texts are alike.
 * They are written as source texts in the clean layout and go through the whole pipeline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toPlainText } from '../../src/lib/export/text.ts';
import { spellOrdinal } from '../../src/lib/parse/vocabulary.ts';
import type { Footnote, Inline, Paragraph, ResolutionDocument } from '../../src/lib/schema.ts';
import { formatDate, ordinal } from '../../src/lib/document/index.ts';

export const SERIES_SIZE = 25;

/** Twenty agenda items: series k falls under item 80 + k mod 20, several series to an item. */
const AGENDA_TITLES = Array.from(
  { length: 20 },
  (_, i) =>
    `${['Questions relating to', 'Review of', 'Strengthening of', 'Promotion of', 'Implementation of'][i % 5]} subject ${String.fromCharCode(65 + i)} of the synthetic agenda`,
);

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function relabel(items: Paragraph[]): Paragraph[] {
  return items.map((item, i) => ({ ...item, num: LETTERS[i]!, items: relabel(item.items) }));
}

/** One synthetic resolution from a real one. */
function synthesize(base: ResolutionDocument, i: number, rand: () => number): string {
  const series = Math.floor(i / SERIES_SIZE);
  const session = 40 + (i % SERIES_SIZE);
  const number = `${session}/${100 + series}`;
  const year = 1945 + session;
  const date = formatDate(`${year}-12-${String(1 + (i % 28)).padStart(2, '0')}`);
  const meeting = 50 + (i % 40);
  const title = `${base.title} (series ${series + 1})`;

  const keep = (ps: Paragraph[], min: number) => {
    const kept = ps.filter(() => rand() > 0.15);
    return kept.length >= min ? kept : ps.slice(0, min);
  };
  const preamble = keep(base.preamble, 3);
  for (let k = 1; k < preamble.length; k++) if (rand() < 0.2) [preamble[k - 1], preamble[k]] = [preamble[k]!, preamble[k - 1]!];
  const operative = keep(base.operative, 2).map((p, k) => ({ ...p, num: String(k + 1), items: relabel(p.items) }));

  // Footnote markers renumbered in their new order of first citation.
  const renumber = new Map<string, string>();
  const walk = (ps: Paragraph[]): Paragraph[] =>
    ps.map((p) => ({
      ...p,
      inline: p.inline.map((n): Inline => {
        if (n.type !== 'noteRef') return n;
        if (!renumber.has(n.marker)) renumber.set(n.marker, String(renumber.size + 1));
        return { type: 'noteRef', marker: renumber.get(n.marker)! };
      }),
      items: walk(p.items),
    }));
  const body = { preamble: walk(preamble), operative: walk(operative) };
  const footnotes: Footnote[] = base.footnotes
    .filter((n) => renumber.has(n.marker) && n.text)
    .map((n) => ({ ...n, marker: renumber.get(n.marker)! }))
    .sort((a, b) => Number(a.marker) - Number(b.marker));

  return toPlainText({
    ...base,
    ...body,
    footnotes,
    masthead: [
      'General Assembly',
      'Distr.: General',
      date,
      `${capitalize(spellOrdinal(session))} session`,
      `Agenda item ${80 + (series % 20)}`,
      AGENDA_TITLES[series % 20]!,
      'Resolution adopted by the General Assembly',
      `[on the report of the First Committee (A/${session}/${400 + series})]`,
      `${number}. ${title}`,
    ],
    closing: [`${ordinal(meeting)} plenary meeting`, date],
  });
}

/** Writes N synthetic sources into `dir`. */
export function writeSyntheticCorpus(bases: ResolutionDocument[], n: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const resolutions = bases.filter((d) => d.kind === 'resolution');
  const rand = random(n);
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `synthetic-${String(i).padStart(5, '0')}.txt`), synthesize(resolutions[i % resolutions.length]!, i, rand));
  }
}
