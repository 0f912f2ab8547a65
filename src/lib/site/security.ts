/**
 * The security policy of every page, in one place: the Content-Security-Policy (only this
 * origin; no inline script or style, no WebAssembly, no workers from elsewhere; no plugins,
 * framing or base rewriting), the other headers a static host should send, and how long it
 * may let browsers keep what never changes. Pages carry the CSP in a meta element; dist/_headers
 * carries all of them.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

/** Headers for every response; frame-ancestors only works as a header, not in a meta element. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * How long a browser may keep a file without asking again, by path: the bundles and the search
 * index's versioned files are named anew when they change, so they never go stale; the icon is
 * asked for again on every change of address (a search as it is typed) unless it is kept.
 */
export const CACHE_RULES: ReadonlyArray<readonly [pattern: string, cacheControl: string]> = [
  ['/_astro/*', 'public, max-age=31536000, immutable'],
  ['/search-index/*/*', 'public, max-age=31536000, immutable'],
  ['/favicon.svg', 'public, max-age=86400'],
];

/** The `_headers` file of Netlify, Cloudflare Pages and compatible hosts. */
export function headersFile(): string {
  const rule = (pattern: string, headers: Record<string, string>) =>
    `${pattern}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return [rule('/*', SECURITY_HEADERS), ...CACHE_RULES.map(([pattern, value]) => rule(pattern, { 'Cache-Control': value }))].join('\n');
}
