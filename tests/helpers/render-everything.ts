/**
 * Every renderer and exporter of the project applied to a corpus, as the build applies them:
 * what a property test (tests/unit/valid-data.test.ts) and the benchmark (bench/valid-data.ts)
 * run over random valid documents. Throws whatever a renderer throws.
 */
import { alignDocuments } from '../../src/lib/compare/align.ts';
import { diffWords } from '../../src/lib/compare/diff.ts';
import { distinctLineages, seriesLineages } from '../../src/lib/compare/lineage.ts';
import { comparisonHtml, redline } from '../../src/lib/compare/render.ts';
import { toBibtex, toCslJson } from '../../src/lib/export/citation-formats.ts';
import { corpusFile, documentFiles } from '../../src/lib/export/files.ts';
import { legislationJsonLd } from '../../src/lib/export/linked-data.ts';
import { documentSummary, type ResolutionDocument } from '../../src/lib/schema.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { buildWordIndex, decodeChunk, indexOrder } from '../../src/lib/search/word-index.ts';
import { documentCitation } from '../../src/lib/site/citation.ts';
import { linkReferences } from '../../src/lib/site/crossrefs.ts';
import { documentContext } from '../../src/lib/site/document-context.ts';
import { documentName } from '../../src/lib/document/index.ts';
import { corpusIndex, neighbours, type CorpusIndex } from '../../src/lib/site/series.ts';
import { corpusSeries, walk } from '../../src/lib/document/index.ts';

export interface Rendered {
  /** The HTML made outside Astro: comparisons and histories. */
  html: string[];
  /** The Akoma Ntoso of each document. */
  akn: string[];
  /** The other open-data files and the search records: JSON and plain text, which hold the text as it is. */
  data: string[];
  corpus: CorpusIndex;
}

export function renderEverything(docs: ResolutionDocument[]): Rendered {
  const corpus = corpusIndex(docs.map(documentSummary));
  const html: string[] = [];
  const akn: string[] = [];
  const data: string[] = [];
  for (const doc of docs) {
    const url = `https://example.org/${doc.id}/`;
    for (const file of documentFiles(doc)) (file.path.endsWith('.akn.xml') ? akn : data).push(file.body);
    documentName(doc);
    documentCitation(doc);
    toBibtex(doc, url);
    toCslJson(doc, url);
    legislationJsonLd(doc, url, 'https://example.org/');
    neighbours(corpus, doc);
    const context = documentContext(doc, corpus);
    for (const p of walk([...doc.preamble, ...doc.operative])) {
      context.cite(p.eId);
      context.label(p.eId);
      linkReferences(p.text, context.links);
    }
    for (const note of doc.footnotes) context.label(note.eId);
  }
  data.push(corpusFile(docs).body);
  const records = indexOrder(searchRecords(docs));
  for (const chunk of buildWordIndex(records).chunks) decodeChunk(chunk);
  data.push(...records.map((record) => JSON.stringify(record)));
  for (const ordered of corpusSeries(docs).values()) {
    for (let i = 1; i < ordered.length; i++) html.push(comparisonHtml(alignDocuments(ordered[i - 1]!, ordered[i]!), ordered[i - 1]!, ordered[i]!).value);
    for (const lineage of distinctLineages(ordered, seriesLineages(ordered))) {
      lineage.versions.forEach((v, i) => {
        const prev = lineage.versions[i - 1];
        if (prev) html.push(redline(diffWords(prev.text, v.text)).value);
      });
    }
  }
  return { html, akn, data, corpus };
}
