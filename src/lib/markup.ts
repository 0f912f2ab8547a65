/**
 * Safe markup building, shared by the HTML of the comparison view and the search records and by
 * the Akoma Ntoso XML:
 * a tagged template whose literal parts are trusted markup and whose every value is escaped,
 * unless it is itself markup built the same way.
 */

/** Markup that is already safe to emit. */
export class Markup {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type MarkupValue = string | number | Markup | null | undefined | false | MarkupValue[];

/** A template tag that escapes every interpolated value with `escape`. */
export function markupTemplate(escape: (text: string) => string) {
  const render = (v: MarkupValue): string =>
    v === null || v === undefined || v === false ? '' : Array.isArray(v) ? v.map(render).join('') : v instanceof Markup ? v.value : escape(String(v));
  return (strings: TemplateStringsArray, ...values: MarkupValue[]): Markup =>
    new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** One pass over the text. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Tagged template for HTML: literal parts are trusted markup, every value is escaped. */
export const html = markupTemplate(escapeHtml);
