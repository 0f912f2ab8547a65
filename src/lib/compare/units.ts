/** A document as the units that are compared: paragraphs (without their items) and items. */
import type { Paragraph, ResolutionDocument } from '../schema.ts';

/** What comparing reads of a paragraph: its place, its text, its items. */
export interface ComparedParagraph extends Pick<Paragraph, 'eId' | 'text'> {
  items: ComparedParagraph[];
}

/** What comparing reads of a document: its id and source (which name an alignment) and its paragraphs. */
export interface ComparedDocument extends Pick<ResolutionDocument, 'id'> {
  source: Pick<ResolutionDocument['source'], 'sha256'>;
  preamble: ComparedParagraph[];
  operative: ComparedParagraph[];
}

/** Just what comparing reads of a document: a fraction of it, which a build can keep for every text it compares. */
export function comparedDocument(doc: ComparedDocument): ComparedDocument {
  const paragraph = (p: ComparedParagraph): ComparedParagraph => ({ eId: p.eId, text: p.text, items: p.items.map(paragraph) });
  return { id: doc.id, source: { sha256: doc.source.sha256 }, preamble: doc.preamble.map(paragraph), operative: doc.operative.map(paragraph) };
}

export type Section = 'preamble' | 'operative' | 'items';

export interface Unit {
  eId: string;
  section: Section;
  text: string;
}

export function documentUnits(doc: Pick<ComparedDocument, 'preamble' | 'operative'>): Record<Section, Unit[]> {
  const items: Unit[] = [];
  const collect = (ps: ComparedParagraph[]): void => {
    for (const p of ps) {
      items.push({ eId: p.eId, section: 'items', text: p.text });
      collect(p.items);
    }
  };
  const top = (ps: ComparedParagraph[], section: Section): Unit[] =>
    ps.map((p) => {
      collect(p.items);
      return { eId: p.eId, section, text: p.text };
    });
  const preamble = top(doc.preamble, 'preamble');
  const operative = top(doc.operative, 'operative');
  return { preamble, operative, items };
}

/** Every paragraph and item in reading order: a paragraph, then its items. */
export function readingOrder(doc: Pick<ComparedDocument, 'preamble' | 'operative'>): Unit[] {
  const walk = (ps: ComparedParagraph[], section: Section): Unit[] => ps.flatMap((p) => [{ eId: p.eId, section, text: p.text }, ...walk(p.items, 'items')]);
  return [...walk(doc.preamble, 'preamble'), ...walk(doc.operative, 'operative')];
}
