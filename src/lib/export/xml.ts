/** XML text and attribute escaping, and a tagged template that applies it to every value. */

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** XML that is already well formed and escaped. */
export class Xml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

type Value = string | number | Xml | null | undefined | false | Value[];

const render = (v: Value): string =>
  v === null || v === undefined || v === false ? '' : Array.isArray(v) ? v.map(render).join('') : v instanceof Xml ? v.value : escapeXml(String(v));

export function xml(strings: TemplateStringsArray, ...values: Value[]): Xml {
  return new Xml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}
