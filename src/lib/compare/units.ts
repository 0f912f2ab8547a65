/** A document as the units that are compared: paragraphs (without their items) and items. */
import type { Paragraph, ResolutionDocument } from '../schema.ts';

export type Section = 'preamble' | 'operative' | 'items';

export interface Unit {
  eId: string;
  section: Section;
  text: string;
}

export function documentUnits(doc: Pick<ResolutionDocument, 'preamble' | 'operative'>): Record<Section, Unit[]> {
  const items: Unit[] = [];
  const collect = (ps: Paragraph[]): void => {
    for (const p of ps) {
      items.push({ eId: p.eId, section: 'items', text: p.text });
      collect(p.items);
    }
  };
  const top = (ps: Paragraph[], section: Section): Unit[] =>
    ps.map((p) => {
      collect(p.items);
      return { eId: p.eId, section, text: p.text };
    });
  const preamble = top(doc.preamble, 'preamble');
  const operative = top(doc.operative, 'operative');
  return { preamble, operative, items };
}

/** Every paragraph and item in reading order: a paragraph, then its items. */
export function readingOrder(doc: Pick<ResolutionDocument, 'preamble' | 'operative'>): Unit[] {
  const walk = (ps: Paragraph[], section: Section): Unit[] => ps.flatMap((p) => [{ eId: p.eId, section, text: p.text }, ...walk(p.items, 'items')]);
  return [...walk(doc.preamble, 'preamble'), ...walk(doc.operative, 'operative')];
}
