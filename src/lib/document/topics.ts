/**
 * A document belongs to its agenda item, its topic, and within it to the series of its title.
 * One item can hold several series (this one holds the yearly resolutions, the programme of
 * action and the open-ended working group), and an item is numbered differently each session:
 * so a topic is known by the item's title, and a series takes the title that any of its
 * documents states (some print only "Agenda item 93").
 */
import type { DocumentFacts, DocumentSummary } from '../schema.ts';
import { dateKey } from './date.ts';
import { corpusSeries } from './series.ts';
import { titleSlug } from './slug.ts';

export interface Topic<D extends DocumentFacts = DocumentSummary> {
  /** The agenda item's title as the masthead gives it; null for series whose documents state none. */
  title: string | null;
  /** Its name in the site's addresses (/topics/<slug>/): the title's slug. */
  slug: string;
  /** The item's numbers, session by session, as printed ("91", "93", "94"). */
  items: string[];
  /** Its series, each with its documents oldest first. */
  series: Map<string, D[]>;
}

/** The agenda title a series belongs to: the one its latest document that states one gives. */
export function seriesTopic(documents: readonly DocumentFacts[]): string | null {
  const stating = documents.filter((d) => d.agendaTitle !== null);
  const latest = stating.sort((a, b) => dateKey(b).localeCompare(dateKey(a)))[0];
  return latest?.agendaTitle ?? null;
}

/** Every topic of the corpus, in the order the corpus first names them. */
export function corpusTopics<D extends DocumentFacts>(docs: readonly D[]): Topic<D>[] {
  const topics = new Map<string | null, Topic<D>>();
  for (const [series, documents] of corpusSeries(docs)) {
    const title = seriesTopic(documents);
    const topic: Topic<D> = topics.get(title) ?? { title, slug: '', items: [], series: new Map() };
    topic.series.set(series, documents);
    for (const d of documents) if (d.agendaItem !== null && !topic.items.includes(d.agendaItem)) topic.items.push(d.agendaItem);
    topics.set(title, topic);
  }
  const taken = new Set<string>();
  // Suffixes go in the titles' order, not the corpus's, so that adding a text moves no address.
  for (const topic of [...topics.values()].sort((a, b) => (a.title ?? '').localeCompare(b.title ?? ''))) {
    const base = topic.title === null ? NO_AGENDA_ITEM : titleSlug(topic.title) || NO_AGENDA_ITEM;
    // Two titles alike but for their case or punctuation, or cut to the same length.
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    topic.slug = slug;
  }
  return [...topics.values()];
}

/** The slug of the topic of the texts that name no agenda item. */
export const NO_AGENDA_ITEM = 'no-agenda-item';
