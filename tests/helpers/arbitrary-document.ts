/**
 * Random valid documents, for the property that valid data never breaks a renderer or an
 * exporter. Every optional fact is sometimes absent (no symbol, no issue date, no adoption, no
 * agenda item, no closing, no footnotes, a note recorded without its text), texts mix words with
 * characters that must be escaped, and the structure varies (no preamble, one unnumbered
 * paragraph, items two deep, notes cited twice). Each document is checked against the schema.
 */
import fc from 'fast-check';
import { resolutionDocumentSchema, type Footnote, type Inline, type Paragraph, type ResolutionDocument } from '../../src/lib/schema.ts';

/** What a text can hold that a renderer must escape or keep whole. */
const TRICKY = [
  '<i>x</i>',
  '</script>',
  '&amp;',
  '"',
  "'",
  '`${x}`',
  '\\',
  'é',
  '“quoted”',
  'd’Ivoire',
  '–',
  'ﬁ',
  '中文',
  'עברית',
  '😀',
  '\u00ad',
  'A/RES/66/24',
  'resolution 56/19',
  '{{x}}',
  ']]>',
  '<!--',
  '-->',
];

/** How an absent fact would come out if a renderer printed it: what no output may hold. */
export const ABSENT_FACT = /\bnull\b|\bundefined\b|NaN/;

const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
);
const text = (max = 12) =>
  fc
    .array(word, { minLength: 1, maxLength: max })
    .map((ws) => ws.join(' ').trim())
    // Never the words an absent fact would print as, so that a test can look for those.
    .filter((t) => t.length > 0 && !ABSENT_FACT.test(t));
const span = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 20 })).map(([first, extra]) => ({ first, last: first + extra }));
const date = fc.date({ min: new Date('1946-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

/** A paragraph's inline content: words, perhaps emphasis and a correction, note references by index (resolved later). */
const inlineParts = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: text(8).map((value): Inline => ({ type: 'text', value: ` ${value} ` })) },
    // Emphasis and corrections stand apart from the words around them, as in the sources: two
    // fragments never join into a word a test looks for ("Na" + "N").
    { weight: 1, arbitrary: fc.tuple(text(3), fc.boolean()).map(([value, inferred]): Inline => ({ type: 'emphasis', value: ` ${value} `, inferred })) },
    { weight: 1, arbitrary: fc.tuple(text(1), text(1)).map(([value, original]): Inline => ({ type: 'correction', value: ` ${value} `, original })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n): Inline => ({ type: 'noteRef', marker: String(n) })) },
  ),
  { minLength: 1, maxLength: 6 },
);

interface Shape {
  inline: Inline[];
  lines: { first: number; last: number };
  items: Shape[];
  heading: string | null;
}
const shape = (depth: number): fc.Arbitrary<Shape> =>
  fc.record({
    inline: inlineParts,
    lines: span,
    items: depth === 0 ? fc.constant([]) : fc.array(shape(depth - 1), { maxLength: 3 }),
    heading: depth === 2 ? nullable(text(6)) : fc.constant(null),
  });

const LETTERS = 'abcdefghij';
const ROMAN = ['i', 'ii', 'iii', 'iv'];

/** Turns shapes into paragraphs with the eIds of their places and notes numbered in order of first citation. */
function toParagraphs(
  shapes: Shape[],
  eIdOf: (i: number) => string,
  numOf: (i: number) => string | null,
  depth: number,
  order: Map<string, string>,
): Paragraph[] {
  return shapes.map((s, i) => {
    const inline = s.inline.map((n) =>
      n.type === 'noteRef' ? { ...n, marker: order.get(n.marker) ?? order.set(n.marker, String(order.size + 1)).get(n.marker)! } : n,
    );
    const eId = eIdOf(i);
    const label = (k: number) => (depth % 2 === 0 ? LETTERS[k]! : ROMAN[k]!);
    return {
      eId,
      num: numOf(i),
      text:
        inline
          .map((n) => (n.type === 'noteRef' ? '' : n.value))
          .join('')
          .replace(/\s+/g, ' ')
          .trim() || 'x',
      notes: inline.flatMap((n) => (n.type === 'noteRef' ? [n.marker] : [])),
      inline,
      items: toParagraphs(s.items, (k) => `${eId}__list_1__point_${label(k)}`, label, depth + 1, order),
      lines: s.lines,
      ...(s.heading && eId.startsWith('para_') && depth === 0 ? { heading: { text: s.heading, lines: s.lines } } : {}),
    };
  });
}

function* walk(ps: Paragraph[]): Generator<Paragraph> {
  for (const p of ps) {
    yield p;
    yield* walk(p.items);
  }
}

export const arbitraryDocument: fc.Arbitrary<ResolutionDocument> = fc
  .record({
    kind: fc.constantFrom('resolution' as const, 'draft' as const),
    session: fc.integer({ min: 1, max: 99 }),
    serial: fc.integer({ min: 1, max: 400 }),
    hasSymbol: fc.boolean(),
    title: text(10),
    series: fc.constantFrom('developments-ict', 'other-series', 'x'),
    agendaItem: nullable(fc.constantFrom('93', '99 (b)', '16 (e)')),
    agendaTitle: nullable(text(8)),
    committee: nullable(fc.constantFrom('First Committee', 'Second Committee')),
    committeeReport: nullable(fc.constantFrom('A/66/407', 'A/78/404')),
    issued: nullable(fc.record({ status: fc.constantFrom('General' as const, 'Limited' as const), date })),
    adoption: nullable(fc.record({ date, meeting: fc.integer({ min: 1, max: 120 }) })),
    sponsors: fc.array(text(3), { maxLength: 4 }),
    submittedBy: nullable(text(6)),
    masthead: fc.array(text(6), { maxLength: 5 }),
    preamble: fc.array(shape(0), { maxLength: 4 }),
    operative: fc.array(shape(2), { minLength: 1, maxLength: 4 }),
    unnumbered: fc.boolean(),
    noteTexts: fc.array(nullable(text(10)), { minLength: 3, maxLength: 3 }),
    mastheadNotes: fc.array(fc.record({ marker: fc.constantFrom('*', '**'), text: text(8), lines: span }), { maxLength: 2 }),
    removed: fc.array(
      fc.record({ line: fc.integer({ min: 1, max: 400 }), text: text(4), reason: fc.constantFrom('page number', 'running header: the title') }),
      { maxLength: 3 },
    ),
    moved: fc.array(fc.record({ line: fc.integer({ min: 1, max: 400 }), after: fc.integer({ min: 1, max: 400 }), text: text(2), reason: text(5) }), {
      maxLength: 2,
    }),
    annexes: fc.array(fc.array(shape(1), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
    annexTitles: fc.array(nullable(text(6)), { minLength: 2, maxLength: 2 }),
    corrected: fc.array(fc.record({ from: text(1), to: text(1), reason: text(6), line: fc.integer({ min: 1, max: 400 }) }), { maxLength: 2 }),
  })
  .map((r): ResolutionDocument => {
    const order = new Map<string, string>();
    const preamble = toParagraphs(
      r.preamble,
      (i) => `preamble__p_${i + 1}`,
      () => null,
      0,
      order,
    );
    const single = r.unnumbered && r.operative.length === 1;
    const operative = toParagraphs(
      r.operative,
      (i) => `para_${i + 1}`,
      (i) => (single ? null : String(i + 1)),
      0,
      order,
    );
    const annexes = r.annexes.map((shapes, k) => ({
      eId: `annex_${k + 1}`,
      heading: k === 0 ? 'Annex' : `Annex ${['I', 'II'][k]}`,
      ...(r.annexTitles[k] ? { title: { text: r.annexTitles[k]!, lines: { first: 501 + k * 50, last: 501 + k * 50 } } } : {}),
      paragraphs: toParagraphs(
        shapes,
        // Every other paragraph unnumbered: the 1st, 2nd … of those, between numbered ones.
        (i) => (i % 2 ? `annex_${k + 1}__p_${(i + 1) / 2}` : `annex_${k + 1}__para_${i + 1}`),
        (i) => (i % 2 ? null : String(i + 1)),
        0,
        order,
      ),
      lines: { first: 500 + k * 50, last: 540 + k * 50 },
    }));
    const all = [...walk([...preamble, ...operative, ...annexes.flatMap((a) => a.paragraphs)])];
    const footnotes: Footnote[] = [...order.values()].map((marker) => {
      const citedBy = all.filter((p) => p.notes.includes(marker)).map((p) => p.eId);
      const noteText = r.noteTexts[Number(marker) - 1] ?? null;
      return {
        eId: `${citedBy[0]}__authorialNote_${marker}`,
        marker,
        text: noteText,
        inline: noteText ? [{ type: 'text' as const, value: noteText }] : [],
        citedBy,
        lines: noteText ? { first: 300 + Number(marker), last: 300 + Number(marker) } : null,
      };
    });
    const number = r.kind === 'resolution' ? `${r.session}/${r.serial}` : null;
    const symbol = !r.hasSymbol ? null : number ? `A/RES/${number}` : `A/C.1/${r.session}/L.${r.serial}`;
    const adopted = r.kind === 'resolution' ? r.adoption : null;
    return {
      id: symbol ? symbol.toLowerCase().replace(/[^a-z0-9]+/g, '-') : `draft-${r.session}-${r.serial}`,
      symbol,
      number,
      kind: r.kind,
      title: r.title,
      series: r.series,
      session: r.session,
      agendaItem: r.agendaItem,
      agendaTitle: r.agendaTitle,
      committee: r.committee,
      committeeReport: r.committeeReport,
      issued: r.issued,
      adopted,
      adoptedAs: r.kind === 'draft' && r.serial % 2 ? { number: `${r.session}/${r.serial}` } : null,
      sponsors: r.kind === 'draft' ? r.sponsors : [],
      submittedBy: r.kind === 'draft' ? r.submittedBy : null,
      recalls: [],
      masthead: r.masthead,
      formula: single ? 'The General Assembly' : 'The General Assembly,',
      preamble,
      operative,
      closing: adopted ? [`${adopted.meeting}th plenary meeting`, adopted.date] : [],
      annexes,
      footnotes,
      mastheadNotes: r.mastheadNotes.map((n) => ({ ...n })),
      corrections: r.corrected.map((c, i) => ({ ...c, eId: all[i % all.length]!.eId })),
      removed: r.removed,
      moved: r.moved,
      provenance:
        symbol && r.serial % 3 === 0 ? { symbol: { origin: 'rule', basis: 'derived from the number by the rule A/RES/<number>', inference: true } } : {},
      source: { file: `${r.session}-${r.serial}.txt`, sha256: 'a'.repeat(64) },
    };
  })
  .map((doc) => resolutionDocumentSchema.parse(doc));

/** A small corpus: documents with distinct ids, some in the same series. */
export const arbitraryCorpus = fc.uniqueArray(arbitraryDocument, { minLength: 1, maxLength: 4, selector: (d) => d.id });
