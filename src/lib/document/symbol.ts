/** A General Assembly resolution's symbol, by the UN's document-symbol convention: "66/24" is A/RES/66/24. */
const RESOLUTION_PREFIX = 'A/RES/';

export const resolutionSymbol = (number: string) => `${RESOLUTION_PREFIX}${number}`;

/** The resolution number a symbol names ("A/RES/66/24" -> "66/24"), or null for any other symbol. */
export const resolutionNumber = (symbol: string): string | null => (symbol.startsWith(RESOLUTION_PREFIX) ? symbol.slice(RESOLUTION_PREFIX.length) : null);
