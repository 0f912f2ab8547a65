/**
 * The history of each paragraph through a series: alignments of consecutive documents chained
 * into lineages, so that from any paragraph one reaches its counterpart in every other year.
 * Cost is linear in the number of documents: each document is aligned with its successor only,
 * and a pair already aligned for its comparison page is not aligned again.
 */
import { matchedParagraphs } from './align.ts';
import { readingOrder, type ComparedDocument } from './units.ts';

export interface Version {
  docId: string;
  eId: string;
  text: string;
}

export interface Lineage {
  /** Versions oldest first; one per document the paragraph appears in, consecutive in the series. */
  versions: Version[];
  /** Index in `versions` of the first version and of the last one whose text differs from the one before. */
  firstAppeared: number;
  lastChanged: number;
}

/** For each document id, the lineage of each of its paragraphs and items, by eId. */
export function seriesLineages(docs: ComparedDocument[]): Map<string, Map<string, Lineage>> {
  // next[k]: eId in docs[k] -> eId in docs[k+1]; prev the reverse.
  const next = docs.slice(1).map((doc, i) => new Map(matchedParagraphs(docs[i]!, doc)));
  const prev = next.map((m) => new Map([...m].map(([a, b]) => [b, a])));
  const texts = docs.map((d) => new Map(readingOrder(d).map((x) => [x.eId, x.text])));
  const result = new Map<string, Map<string, Lineage>>();
  docs.forEach((doc, k) => {
    const lineages = new Map<string, Lineage>();
    for (const eId of texts[k]!.keys()) {
      const versions: Version[] = [{ docId: doc.id, eId, text: texts[k]!.get(eId)! }];
      for (let i = k, e: string | undefined = eId; i > 0 && (e = prev[i - 1]!.get(e!)); i--)
        versions.unshift({ docId: docs[i - 1]!.id, eId: e, text: texts[i - 1]!.get(e)! });
      for (let i = k, e: string | undefined = eId; i < docs.length - 1 && (e = next[i]!.get(e!)); i++)
        versions.push({ docId: docs[i + 1]!.id, eId: e, text: texts[i + 1]!.get(e)! });
      let lastChanged = 0;
      versions.forEach((v, i) => {
        if (i > 0 && v.text !== versions[i - 1]!.text) lastChanged = i;
      });
      lineages.set(eId, { versions, firstAppeared: 0, lastChanged });
    }
    result.set(doc.id, lineages);
  });
  return result;
}

/**
 * Each lineage of a series once, in order of first appearance (document order, then reading
 * order), keyed by its first version.
 */
export function distinctLineages(docs: Pick<ComparedDocument, 'id'>[], lineages: Map<string, Map<string, Lineage>>): Lineage[] {
  const seen = new Set<string>();
  const out: Lineage[] = [];
  for (const doc of docs) {
    for (const lineage of lineages.get(doc.id)!.values()) {
      const first = lineage.versions[0]!;
      const key = `${first.docId}|${first.eId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(lineage);
    }
  }
  return out;
}

export interface HistorySection {
  lineage: Lineage;
  /** Its name in the latest text's numbering ("para. 3 (b)"); one no longer there by its last text ("para. 3 (b) of A/RES/56/19"). */
  label: string;
  /** Whether the latest text has it. */
  current: boolean;
  /** Its place in the reading order of each text that has it, by document id: for numbering the headings as in any of them. */
  places: Record<string, number>;
}

/**
 * The history page's sections: the paragraphs of the latest text in its reading order, then
 * those it no longer has, by the text that last had them (latest first) and their place there.
 * Labels are unique: a paragraph gone is named with its last text.
 */
export function historySections(
  docs: ComparedDocument[],
  lineages: Lineage[],
  label: (eId: string) => string,
  name: (docId: string) => string,
): HistorySection[] {
  const order = new Map(docs.map((d, k) => [d.id, { k, at: new Map(readingOrder(d).map((x, i) => [x.eId, i])) }]));
  const latest = docs.at(-1)!.id;
  const key = (l: Lineage) => {
    const last = l.versions.at(-1)!;
    const place = order.get(last.docId)!;
    return [last.docId === latest ? 0 : 1, -place.k, place.at.get(last.eId) ?? 0];
  };
  return [...lineages]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })
    .map((lineage) => {
      const last = lineage.versions.at(-1)!;
      const current = last.docId === latest;
      const places = Object.fromEntries(lineage.versions.map((v) => [v.docId, order.get(v.docId)!.at.get(v.eId) ?? 0]));
      return { lineage, current, places, label: current ? label(last.eId) : `${label(last.eId)} of ${name(last.docId)}` };
    });
}
