/** The parser's public API: everything else in this folder is an implementation detail. */
export { parseResolution, type SourceInput } from './document.ts';
export { decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
export { normalize, type NormalizedText } from './normalize.ts';
export { buildLexicon, joinLexicons, lexiconPart, type Lexicon, type LexiconPart } from './corrections.ts';
export { SourceError, type Problem } from './problems.ts';
export { explainSource, formatExplanation, type ExplainedLine } from './explain.ts';
// The line grammar and the vocabulary, for the checks that read a source beside the parser
// (fidelity, invariants) and for the site's labels: one definition each.
export { toLines, wordKey, type Line } from './lines.ts';
export { asciiLettersOnly } from './ascii.ts';
export { MONTHS, STATES } from './vocabulary.ts';
