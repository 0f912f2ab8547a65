/** Ids of the page's own anchors that are not Akoma Ntoso eIds (those come from the data). */

/** The id of a footnote reference, so that a note can link back to where it is cited. */
export const noteRefId = (paragraphEId: string, marker: string) => `${paragraphEId}__noteRef_${marker}`;

/** The number of each correction in a document's list, by `${eId}|${original}`. */
export function correctionNumbers(corrections: ReadonlyArray<{ eId: string; from: string }>): Map<string, number> {
  const numbers = new Map<string, number>();
  corrections.forEach((c, i) => {
    const key = `${c.eId}|${c.from}`;
    if (!numbers.has(key)) numbers.set(key, i + 1);
  });
  return numbers;
}
