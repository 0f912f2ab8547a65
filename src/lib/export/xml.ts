/** XML text and attribute escaping, and a tagged template that applies it to every value. */
import { escaper, Markup, markupTemplate } from '../markup.ts';

export const escapeXml = escaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' });

/** XML that is already well formed and escaped. */
export type Xml = Markup;

export const xml = markupTemplate(escapeXml);
