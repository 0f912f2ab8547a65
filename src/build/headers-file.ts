/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages read it, so that the local servers
 * (`npm start`, the browser tests, the benchmark) send what a deployment sends: a path pattern
 * on a line of its own ("/*", "/data/*", "/search/"), then indented "Name: value" lines.
 */
export interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** The rules of a `_headers` file, in order. Lines it cannot read are refused with their number. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!header || rules.length === 0) throw new Error(`_headers:${i + 1}: expected a path or an indented "Name: value" line`);
    rules.at(-1)!.headers.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

/** The headers a path gets: those of every rule whose pattern it matches, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  return out;
}
