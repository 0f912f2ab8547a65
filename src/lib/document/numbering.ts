/** How the numbers of items are printed and named, defined once for pages, exports and labels. */

/** An item's number as printed: "(b)", "(ii)", or a decimal sub-paragraph's own "3.1". */
export const printedItemNumber = (num: string) => (/^\d+\.\d+$/.test(num) ? num : `(${num})`);

/** A place named from its paragraph and the points of its eId: "para. 3 (b) (ii)", "para. 3.1" (a point in digits is decimal). */
export const withPoints = (head: string, points: readonly string[]) =>
  points.reduce((label, p) => (/^\d+$/.test(p) ? `${label}.${p}` : `${label} (${p})`), head);
