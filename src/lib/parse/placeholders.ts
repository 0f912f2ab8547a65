/**
 * The private-use characters the parser writes into text as placeholders, all of them here:
 * note markers, corrections, a guard against Markdown block syntax, names kept whole while a
 * sponsor list is split. A source may contain none of the block they are taken from, which
 * `PLACEHOLDER_CHARS` checks once, so no placeholder can meet a character of the source.
 */
export const PLACEHOLDER = {
  /** Around a footnote marker's number in the running text: \uE000 4 \uE001. */
  markOpen: '\uE000',
  markClose: '\uE001',
  /** Around a correction's index. */
  correctionOpen: '\uE002',
  correctionClose: '\uE003',
  /** Keeps remark from reading a leading "1." or "#" as block syntax. */
  guard: '\uE00F',
  /** Around the index of a State's name containing "and" ("Trinidad and Tobago") in a sponsor list. */
  nameOpen: '\uE010',
  nameClose: '\uE011',
} as const;

/** The whole block the placeholders are taken from: a source holding any of it is refused. */
export const PLACEHOLDER_CHARS = /[\uE000-\uE0FF]/;
