/**
 * What every part of a document's page needs to know about the document, gathered once so that
 * components take one `context` instead of the same five props each.
 */
import type { ResolutionDocument } from '../schema.ts';
import { correctionNumbers } from './anchors.ts';
import { paragraphCitation } from './citation.ts';
import type { LinkContext } from './crossrefs.ts';
import { documentDate, documentName, formatDate, paragraphLabel } from '../document/index.ts';
import { linkContext, type CorpusIndex } from './series.ts';

export interface DocumentContext {
  doc: ResolutionDocument;
  /** The UN-style citation of one of its paragraphs or notes. */
  cite: (eId: string) => string;
  /** A reader's name for one of its places ("operative paragraph 3 (b)"). */
  label: (eId: string) => string;
  /** What its cross-references can link to. */
  links: LinkContext;
  /** Footnote eId by marker. */
  notes: Map<string, string>;
  /** Correction number by `${eId}|${original}`. */
  corrections: Map<string, number>;
  /** What a link to another document of the edition previews of it ("A/RES/62/17, 5 December 2007: Developments …"), or null. */
  describe: (href: string) => string | null;
}

export function documentContext(doc: ResolutionDocument, corpus: CorpusIndex): DocumentContext {
  return {
    doc,
    cite: (eId) => paragraphCitation(doc, eId),
    label: paragraphLabel,
    links: linkContext(corpus, doc),
    notes: new Map(doc.footnotes.map((n) => [n.marker, n.eId])),
    corrections: correctionNumbers(doc.corrections),
    describe: (href) => {
      const target = corpus.byPath.get(href);
      const date = target && documentDate(target);
      return target ? `${documentName(target)}${date ? `, ${formatDate(date.iso)}` : ''}: ${target.title}` : null;
    },
  };
}
