/** The parser's public API: everything else in this folder is an implementation detail. */
export { parseResolution, type SourceInput } from './document.ts';
export { decodeSource, MAX_SOURCE_BYTES } from './decode.ts';
export { normalize } from './normalize.ts';
export { buildLexicon, type Lexicon } from './corrections.ts';
export { SourceError, type Problem } from './problems.ts';
export { explainSource, formatExplanation, type ExplainedLine } from './explain.ts';
