/** XML text and attribute escaping, and a tagged template that applies it to every value. */
import { ESCAPED, Markup, markupTemplate } from '../markup.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** One pass over the text, none over a text without a character to escape. */
export const escapeXml = (text: string): string => (ESCAPED.test(text) ? text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!) : text);

/** XML that is already well formed and escaped. */
export type Xml = Markup;

export const xml = markupTemplate(escapeXml);
