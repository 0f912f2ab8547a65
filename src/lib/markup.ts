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
  // Loops rather than map, join and reduce: a page's markup is made of thousands of these calls.
  const render = (v: MarkupValue): string => {
    if (typeof v === 'string') return escape(v);
    if (v instanceof Markup) return v.value;
    if (v === null || v === undefined || v === false) return '';
    if (Array.isArray(v)) {
      let out = '';
      for (const item of v) out += render(item);
      return out;
    }
    return escape(String(v));
  };
  return (strings: TemplateStringsArray, ...values: MarkupValue[]): Markup => {
    let out = strings[0]!;
    for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
    return new Markup(out);
  };
}

/** The five characters HTML and XML escape. */
type Escaped = '&' | '<' | '>' | '"' | "'";

/** An escape of the five characters by `escapes`: one pass over a text, none over one without any (most texts). */
export function escaper(escapes: Record<Escaped, string>): (text: string) => string {
  return (text) => (/[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => escapes[c as Escaped]) : text);
}

export const escapeHtml = escaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/** Tagged template for HTML: literal parts are trusted markup, every value is escaped. */
export const html = markupTemplate(escapeHtml);
