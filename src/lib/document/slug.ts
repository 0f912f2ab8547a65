/**
 * Slugs: the names documents, series and agenda items take in the site's addresses. They are
 * public and permanent, so they are derived from what the texts print, never from their order.
 */

/** The slug of a text: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Longest slug of a title: it names a folder of the site (/series/<slug>/), and file names stop at 255 bytes. */
export const MAX_TITLE_SLUG = 120;

/** The slug of a title (a series', an agenda item's), cut at a word's end to at most MAX_TITLE_SLUG characters. */
export function titleSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_TITLE_SLUG) return slug;
  const cut = slug.slice(0, MAX_TITLE_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}
