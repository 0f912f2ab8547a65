/**
 * How paragraphs, notes and documents are named for readers and in citations:
 * "preambular para. 5", "para. 3 (b)", "note 4", "A/RES/66/24".
 */
import { MONTHS } from '../document/index.ts';
import type { ResolutionDocument } from '../schema.ts';

/** "2011-12-02" -> "2 December 2011", the UN's way of writing dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** 1 -> "1st", 62 -> "62nd", 71 -> "71st", 13 -> "13th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The label of a paragraph, item or note from its eId. */
export function paragraphLabel(eId: string): string {
  const note = /__authorialNote_(\d+)$/.exec(eId);
  if (note) return `note ${note[1]}`;
  const pre = /^preamble__p_(\d+)$/.exec(eId);
  if (pre) return `preambular para. ${pre[1]}`;
  const [head, ...points] = eId.split('__list_1__point_');
  const annex = /^annex_(\d+)__(para|p)_(\d+)$/.exec(head!);
  // "annex 1, para. 3"; an unnumbered paragraph of an annex by its place: "annex 1, paragraph 2 (unnumbered)".
  if (annex)
    return [`annex ${annex[1]}, ${annex[2] === 'para' ? `para. ${annex[3]}` : `paragraph ${annex[3]} (unnumbered)`}`, ...points.map((p) => `(${p})`)].join(' ');
  const para = /^(?:preamble__p|para)_(\d+)$/.exec(head!);
  if (!para) throw new Error(`not a paragraph eId: ${eId}`);
  const kind = head!.startsWith('preamble') ? 'preambular para.' : 'para.';
  return [`${kind} ${para[1]}`, ...points.map((p) => `(${p})`)].join(' ');
}

/** The document's short name: its symbol, or for a draft without one, what identifies it. */
export function documentName(doc: Pick<ResolutionDocument, 'symbol' | 'kind' | 'session' | 'committee' | 'issued'>): string {
  if (doc.symbol) return doc.symbol;
  const parts = [`Draft resolution, ${ordinal(doc.session)} session`];
  if (doc.committee) parts.push(doc.committee);
  if (doc.issued) parts.push(formatDate(doc.issued.date));
  return parts.join(', ');
}

/** The year a document belongs to: adoption, else issue. */
export const documentYear = (doc: Pick<ResolutionDocument, 'adopted' | 'issued'>) => Number((doc.adopted?.date ?? doc.issued?.date ?? '0').slice(0, 4));
