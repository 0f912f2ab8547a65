/**
 * The data contract of the published corpus: one `ResolutionDocument` per source text.
 *
 * This schema is the single source of the data's types. The ingest CLI validates every
 * document with it before anything is written, Astro's content config loads the JSON through
 * it, and the tests use it. The JSON is public: fields may be added, never dropped or renamed.
 */
import { z } from 'astro/zod';
import { ANNEX_EID, annexId, annexParagraphId, annexUnnumberedId, NOTE_EID, noteId, operativeId, PARAGRAPH_EID, pointId, preambleId } from './document/eid.ts';

const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

/** Inline content of a paragraph or footnote, in reading order. */
export const inlineSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    /** Text exactly as the source has it, less markup and footnote markers. */
    value: z.string().min(1),
  }),
  z.object({
    type: z.literal('emphasis'),
    value: z.string().min(1),
    /** True when the italics were restored by rule because the source (a PDF extraction) lost them. */
    inferred: z.boolean(),
  }),
  z.object({
    type: z.literal('noteRef'),
    /** The footnote marker as printed ("1", "4"); links to the footnote with that marker. */
    marker: z.string().regex(/^\d+$/),
  }),
  z.object({
    type: z.literal('correction'),
    /** The corrected reading, shown to readers. */
    value: z.string().min(1),
    /** The text exactly as the source has it. */
    original: z.string().min(1),
  }),
]);
export type Inline = z.infer<typeof inlineSchema>;

/** First and last line of the source file (1-based) that a part of the output comes from. */
export const lineSpanSchema = z
  .object({ first: z.number().int().positive(), last: z.number().int().positive() })
  .refine((s) => s.first <= s.last, 'first line after last line');
export type LineSpan = z.infer<typeof lineSpanSchema>;

/** A preambular or operative paragraph, or an item of one (items nest). */
export const paragraphSchema = z.object({
  /** Akoma Ntoso/AKN4UN identifier, also the HTML id: `preamble__p_2`, `para_3__list_1__point_b`. Never changes once published. */
  eId: z.string().regex(PARAGRAPH_EID),
  /** The number or label as printed without punctuation ("3", "b", "ii"); null for preambular paragraphs. */
  num: z.string().min(1).nullable(),
  /** Plain words only: no markup, no footnote markers; editorial corrections applied. */
  text: z.string().min(1),
  /** Markers of the footnotes this paragraph cites, in order of citation. */
  notes: z.array(z.string()),
  /** The same text with emphasis, note references and corrections marked, for rendering. */
  inline: z.array(inlineSchema).min(1),
  /** Sub-items ((a), (b) … or (i), (ii) …), in order. */
  get items(): z.ZodArray<typeof paragraphSchema> {
    return z.array(paragraphSchema);
  },
  /** Where the paragraph stands in the source file. */
  lines: lineSpanSchema,
  /** A heading printed above this operative paragraph, opening a section of the operative part ("Budget estimates for …"). */
  heading: z.object({ text: z.string().min(1), lines: lineSpanSchema }).optional(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const footnoteSchema = z.object({
  /** `<eId of the first citing paragraph>__authorialNote_<marker>`, as Akoma Ntoso names authorial notes. */
  eId: z.string().regex(NOTE_EID),
  /** The marker as printed. */
  marker: z.string().regex(/^\d+$/),
  /** The note's text; null when the source carries the marker but not the note (recorded, not guessed). */
  text: z.string().min(1).nullable(),
  /** The note's text with markup, for rendering; empty when `text` is null. */
  inline: z.array(inlineSchema),
  /** eIds of the paragraphs citing this note, in document order (a note may be cited more than once). */
  citedBy: z.array(z.string()).min(1),
  /** Where the note's text stands in the source file; null when the text is absent. */
  lines: lineSpanSchema.nullable(),
  /** The line of the note's number where a PDF extraction printed it apart from the text. */
  markerLine: z.number().int().positive().optional(),
  /** Where the note runs on at the foot of the next page, in the source file. */
  continued: lineSpanSchema.optional(),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const correctionSchema = z.object({
  /** The paragraph, item or footnote the correction is in. */
  eId: z.string(),
  /** The source's text. */
  from: z.string().min(1),
  /** The corrected text. */
  to: z.string().min(1),
  /** Why, in words a reader understands. */
  reason: z.string().min(1),
  /** The source line of the corrected text. */
  line: z.number().int().positive(),
});
export type Correction = z.infer<typeof correctionSchema>;

/** A source line left out of the text because it belongs to the page, not to the document. */
export const removalSchema = z.object({
  /** The source line. */
  line: z.number().int().positive(),
  /** The line as the source has it. */
  text: z.string().min(1),
  /** What the line is ("page number", "running header: the title" …), in words a reader understands. */
  reason: z.string().min(1),
});
export type Removal = z.infer<typeof removalSchema>;

/** A note marked with asterisks on the symbol or the sponsors ("* On behalf of the Group of 77 and China"). */
export const mastheadNoteSchema = z.object({
  /** The asterisks as printed: "*", "**" or "***". */
  marker: z.string().regex(/^\*{1,3}$/),
  text: z.string().min(1),
  /** Where the note stands in the source file. */
  lines: lineSpanSchema,
});
export type MastheadNote = z.infer<typeof mastheadNoteSchema>;

/** An annex: its heading as printed ("Annex", "Annex II") and its paragraphs, in order. */
export const annexSchema = z.object({
  /** `annex_1`, `annex_2` … in order; its paragraphs are `annex_1__para_3` (numbered) and `annex_1__p_2` (unnumbered). */
  eId: z.string().regex(ANNEX_EID),
  /** "Annex", "Annex II", as printed. */
  heading: z.string().min(1),
  /** The annex's own title, where it has one ("Awaza Political Declaration"). */
  title: z.object({ text: z.string().min(1), lines: lineSpanSchema }).optional(),
  paragraphs: z.array(paragraphSchema),
  /** Where the annex stands in the source file, its heading included. */
  lines: lineSpanSchema,
});
export type Annex = z.infer<typeof annexSchema>;

/**
 * A source line read in another place than the source prints it: pdftotext puts the short last
 * line of some paragraphs right after the paragraph's number, before its first line.
 */
export const moveSchema = z.object({
  /** The source line moved. */
  line: z.number().int().positive(),
  /** The source line it is read after. */
  after: z.number().int().positive(),
  /** The line as the source has it. */
  text: z.string().min(1),
  /** Why, in words a reader understands. */
  reason: z.string().min(1),
});
export type Move = z.infer<typeof moveSchema>;

/** Where a fact about the document comes from. */
export const provenanceSchema = z.object({
  /** `text`: stated by the source; `rule`: derived from stated facts by a documented rule; `metadata`: from the metadata file beside the source. */
  origin: z.enum(['text', 'rule', 'metadata']),
  /** The basis in words: the source line quoted, the rule, or the metadata file's stated basis. */
  basis: z.string().min(1),
  /** True when the fact is an inference rather than something a document states; pages must say so. */
  inference: z.boolean(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const factFields = [
  'symbol',
  'number',
  'session',
  'agendaItem',
  'agendaTitle',
  'committee',
  'committeeReport',
  'issued',
  'adopted',
  'adoptedAs',
] as const;
export type FactField = (typeof factFields)[number];

const documentObject = z.object({
  /** URL slug, derived from the symbol (`a-res-66-24`) or, for a document without one, from kind, session, committee and year. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The UN document symbol ("A/RES/66/24"); null when no source states or supports one. */
  symbol: z.string().nullable(),
  /** The resolution number ("66/24"); null for a draft. */
  number: z
    .string()
    .regex(/^\d+\/\d+$/)
    .nullable(),
  /** "resolution" for an adopted text, "draft" for a draft resolution. */
  kind: z.enum(['resolution', 'draft']),
  /** The title, without the resolution number. */
  title: z.string().min(1),
  /** Slug of the series the document belongs to, derived from its title. */
  series: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The General Assembly session (e.g. 66). */
  session: z.number().int().positive(),
  /** The agenda item as printed ("93", "99 (b)"); null when not known. */
  agendaItem: z.string().nullable(),
  /** The agenda item's title as the masthead prints it; null when not known. */
  agendaTitle: z.string().nullable(),
  /** The Main Committee that reported the text ("First Committee"); null when not known. */
  committee: z.string().nullable(),
  /** Symbol of the committee's report ("A/66/407"); null when not known. */
  committeeReport: z.string().nullable(),
  /** Distribution and date of issue from the masthead; null when the source has no masthead. */
  issued: z.object({ status: z.enum(['General', 'Limited', 'Restricted']), date: isoDate }).nullable(),
  /** Date and plenary meeting of adoption; null for a draft. */
  adopted: z.object({ date: isoDate, meeting: z.number().int().positive() }).nullable(),
  /** For a draft: the resolution it became, always an inference unless a source states it. */
  adoptedAs: z.object({ number: z.string().regex(/^\d+\/\d+$/) }).nullable(),
  /** Sponsors of a draft, as listed; empty for a resolution. */
  sponsors: z.array(z.string().min(1)),
  /** For a draft that an officer of a committee submitted rather than sponsors: by whom, as printed ("the Vice-Chair of the Committee, …, on the basis of informal consultations on draft resolution A/C.2/80/L.21"); null otherwise. */
  submittedBy: z.string().nullable(),
  /** Earlier resolutions recalled in "Recalling its resolutions …", with their dates. */
  recalls: z.array(z.object({ number: z.string().regex(/^\d+\/\d+$/), date: isoDate })),
  /** The masthead lines above the title, verbatim (less page furniture). */
  masthead: z.array(z.string()),
  /**
   * The enacting formula, "The General Assembly,"; where the Assembly's one sentence runs through
   * numbered clauses, with its verb: "The General Assembly Resolves that:".
   */
  formula: z.string().min(1),
  /** Preambular paragraphs, in order. */
  preamble: z.array(paragraphSchema),
  /** Operative paragraphs, in order; at least one. */
  operative: z.array(paragraphSchema).min(1),
  /** The closing lines (meeting and date), verbatim less markup; empty for a draft. */
  closing: z.array(z.string()),
  /** The annexes after the operative part and the closing, in order. */
  annexes: z.array(annexSchema),
  /** Footnotes in marker order. */
  footnotes: z.array(footnoteSchema),
  /** Notes marked with asterisks on the symbol or the sponsors, in order. */
  mastheadNotes: z.array(mastheadNoteSchema),
  /** Editorial corrections made to the source text, each with its reason. */
  corrections: z.array(correctionSchema),
  /** Source lines left out as page furniture (running headers, page and job numbers …), each with its reason. */
  removed: z.array(removalSchema),
  /** Source lines read in another order than printed, each with its reason. */
  moved: z.array(moveSchema),
  /** Where each fact not read from the body text comes from. */
  provenance: z.partialRecord(z.enum(factFields), provenanceSchema),
  /** The source file and its SHA-256, so anyone can verify the data against the text. */
  source: z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export const resolutionDocumentSchema = documentObject.superRefine(checkDocument);
export type ResolutionDocument = z.infer<typeof resolutionDocumentSchema>;

/** The facts of a document that lists, links and names need, without its text. */
const FACTS = {
  id: true,
  symbol: true,
  number: true,
  kind: true,
  title: true,
  series: true,
  session: true,
  agendaItem: true,
  agendaTitle: true,
  committee: true,
  issued: true,
  adopted: true,
  adoptedAs: true,
  recalls: true,
} as const;
export type DocumentFacts = Pick<ResolutionDocument, keyof typeof FACTS>;

/**
 * A document as every page of the site knows the whole corpus: its facts and the size of its
 * text. The content collection holds these, so that the build keeps thousands of them in memory
 * rather than thousands of texts; a page loads a text whole only to show it.
 */
export const documentSummarySchema = documentObject.pick(FACTS).extend({
  /** How many paragraphs its preamble and its operative part have. */
  counts: z.object({ preamble: z.number().int().nonnegative(), operative: z.number().int().positive() }),
  /**
   * Which of its facts are inferences, as lists of documents mark them. How each fact was
   * established is on the document's own page; that provenance was three fifths of a summary's
   * size, and the pages of a build of 1000 documents took 8 % longer with it.
   */
  inferred: z.array(z.enum(factFields)),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** The summary of a document. */
export function documentSummary(doc: ResolutionDocument): DocumentSummary {
  const facts = Object.fromEntries(Object.keys(FACTS).map((key) => [key, doc[key as keyof typeof FACTS]])) as DocumentFacts;
  const inferred = factFields.filter((field) => doc.provenance[field]?.inference === true);
  return { ...facts, counts: { preamble: doc.preamble.length, operative: doc.operative.length }, inferred };
}

/**
 * What the site, the exports and the citations rely on, beyond the shape of each field: the
 * eIds are the paragraphs' places (so links never break), unique; every note reference has
 * its footnote and every footnote its citing paragraphs; a draft has no number or adoption.
 */
function checkDocument(doc: ResolutionDocument, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const eIds = new Set<string>();
  const all: Paragraph[] = [];
  const place = (p: Paragraph, expected: string, path: PropertyKey[]): void => {
    all.push(p);
    if (p.eId !== expected) issue([...path, 'eId'], `eId "${p.eId}" where its place gives "${expected}"`);
    if (eIds.has(p.eId)) issue([...path, 'eId'], `eId "${p.eId}" appears twice`);
    eIds.add(p.eId);
    const refs = p.inline.flatMap((n) => (n.type === 'noteRef' ? [n.marker] : []));
    if (refs.join(' ') !== p.notes.join(' ')) issue([...path, 'notes'], `notes [${p.notes}] are not the note references of its text [${refs}]`);
    p.items.forEach((item, i) => place(item, pointId(p.eId, item.num ?? ''), [...path, 'items', i]));
  };
  doc.preamble.forEach((p, i) => place(p, preambleId(i + 1), ['preamble', i]));
  // An annex's paragraphs are named after their annex, their number or their place among the unnumbered.
  doc.annexes.forEach((annex, k) => {
    if (annex.eId !== annexId(k + 1)) issue(['annexes', k, 'eId'], `eId "${annex.eId}" where its place gives "${annexId(k + 1)}"`);
    let unnumbered = 0;
    annex.paragraphs.forEach((p, i) =>
      place(p, p.num === null ? annexUnnumberedId(annex.eId, ++unnumbered) : annexParagraphId(annex.eId, p.num), ['annexes', k, 'paragraphs', i]),
    );
  });
  // Operative paragraphs are numbered 1, 2, 3 … without gaps or repeats (one alone may have no number).
  doc.operative.forEach((p, i) => place(p, operativeId(String(i + 1)), ['operative', i]));
  doc.operative.forEach((p, i) => {
    if (p.num !== null && p.num !== String(i + 1)) issue(['operative', i, 'num'], `paragraph numbered ${p.num} in place ${i + 1}`);
    if (p.num === null && doc.operative.length > 1) issue(['operative', i, 'num'], 'an unnumbered paragraph among numbered ones');
  });
  const markers = new Set(doc.footnotes.map((f) => f.marker));
  for (const p of all) for (const marker of p.notes) if (!markers.has(marker)) issue(['footnotes'], `note ${marker} is cited by ${p.eId} but has no footnote`);
  doc.footnotes.forEach((f, i) => {
    for (const by of f.citedBy) if (!eIds.has(by)) issue(['footnotes', i, 'citedBy'], `footnote ${f.marker} is cited by "${by}", which is no paragraph`);
    if (f.eId !== noteId(f.citedBy[0]!, f.marker)) issue(['footnotes', i, 'eId'], `footnote eId "${f.eId}" is not named after its first citing paragraph`);
  });
  const forbidden = firstForbiddenCharacter(doc);
  if (forbidden) issue(forbidden.path, `character U+${forbidden.code} is not allowed in XML, so in no published text`);
  if (doc.kind === 'draft' && (doc.number !== null || doc.adopted !== null)) issue(['kind'], 'a draft has no resolution number and no adoption');
  if (doc.kind === 'resolution' && doc.adoptedAs !== null) issue(['adoptedAs'], 'only a draft becomes a resolution');
}

/** Characters XML 1.0 forbids (tab, line feed and carriage return aside). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What a string must hold for XML_FORBIDDEN to find anything: tried first, as almost no text does. */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** The first string in `value` (depth first) holding a character XML forbids, with its path. */
function firstForbiddenCharacter(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; code: string } | null {
  if (typeof value === 'string') {
    const m = MAYBE_FORBIDDEN.test(value) ? XML_FORBIDDEN.exec(value) : null;
    return m ? { path: [...path], code: m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') } : null;
  }
  // One path, grown and shrunk, and no list of entries made: a document has thousands of values,
  // and almost never a hit.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = firstForbiddenCharacter(value[i], path);
      path.pop();
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key in value) {
      path.push(key);
      const found = firstForbiddenCharacter((value as Record<string, unknown>)[key], path);
      path.pop();
      if (found) return found;
    }
  }
  return null;
}

/**
 * The metadata file beside a source (`<name>.meta.json`): facts the text does not state,
 * each with its basis. A fact marked as an inference is shown as one.
 */
const fact = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    /** Where the fact comes from, in words a reader can check. */
    basis: z.string().min(10),
    /** True when the fact is inferred rather than stated by an official document. */
    inference: z.boolean(),
  });

export const sourceMetadataSchema = z.strictObject({
  $schema: z.string().optional(),
  number: fact(z.string().regex(/^\d+\/\d+$/)).optional(),
  symbol: fact(z.string().min(1)).optional(),
  session: fact(z.number().int().positive()).optional(),
  agendaItem: fact(z.string().min(1)).optional(),
  agendaTitle: fact(z.string().min(1)).optional(),
  committee: fact(z.string().min(1)).optional(),
  committeeReport: fact(z.string().min(1)).optional(),
  adoptedAs: fact(z.object({ number: z.string().regex(/^\d+\/\d+$/) })).optional(),
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;
