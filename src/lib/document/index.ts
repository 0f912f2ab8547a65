/** The document as a concept: what every part of the site and the exports derive from it, each defined once. */
export { byDate, calendarDate, dateKey, documentDate, MONTHS, sessionYear, type KnownDate } from './date.ts';
export { corpusSeries, seriesDocuments } from './series.ts';
export { resolutionNumber, resolutionSymbol } from './symbol.ts';
export { corpusTopics, NO_AGENDA_ITEM, seriesTopic, type Topic } from './topics.ts';
export { slugify, titleSlug } from './slug.ts';
export { countOf, documentName, documentYear, formatDate, formatNumber, paragraphLabel, yearSpan } from './labels.ts';
export { ordinal, ordinalWord, printedItemNumber, withPoints } from './numbering.ts';
export { walk } from './walk.ts';
export * as eid from './eid.ts';
export { parseEId, type ParsedEId } from './eid.ts';
