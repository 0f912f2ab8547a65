/** XML text and attribute escaping, and a tagged template that applies it to every value. */
import { Markup, markupTemplate } from '../markup.ts';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** XML that is already well formed and escaped. */
export type Xml = Markup;

export const xml = markupTemplate(escapeXml);
