/**
 * A fast path for word matching. Regular expressions with Unicode property classes (\p{L})
 * run several times slower than ASCII ones, and most lines of these texts have no letter or
 * digit outside ASCII: their only other characters are typographic quotes and dashes, which
 * are neither, and which NFKC leaves as they are. For such text the ASCII expression finds
 * exactly the words the Unicode one does.
 */
const ASCII_LETTERS_ONLY = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

export const asciiLettersOnly = (text: string): boolean => ASCII_LETTERS_ONLY.test(text);

/** Runs of letters and digits (`/[\p{L}\p{N}]+/u`), by the ASCII expression where it finds the same. */
export const lettersAndDigits = (text: string): string[] => text.match(asciiLettersOnly(text) ? /[A-Za-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];
