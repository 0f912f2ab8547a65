/**
 * Where the site is deployed, read in one place (astro.config.mjs, the build's publishing step,
 * and through BASE every path the site writes):
 *
 *   SITE_URL   its origin, "https://example.org": canonical links, Open Graph, JSON-LD, the
 *              sitemap, robots.txt and the address in copied citations. Without it none of
 *              those absolute addresses is written (the build says so once); none is invented.
 *   SITE_BASE  the path it is served under, "/" (the default) or "/ict/": every link, asset,
 *              search bundle, data file and browser fetch is under it.
 */
export interface Deployment {
  origin: string | null;
  /** Starts and ends with "/". */
  base: string;
}

export class DeploymentError extends Error {}

export function readDeployment(env: Readonly<Record<string, string | undefined>>): Deployment {
  const url = env['SITE_URL']?.trim() || null;
  let origin: string | null = null;
  if (url !== null) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== url.replace(/\/$/, ''))
      throw new DeploymentError(`SITE_URL must be an origin such as https://example.org, without a path (not "${url}"); put a path in SITE_BASE`);
    origin = parsed.origin;
  }
  const given = env['SITE_BASE']?.trim() || '/';
  // "ict", "/ict" and "/ict/" are one base.
  const base = given.replace(/^\/?/, '/').replace(/\/?$/, '/');
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(base) || base.includes('..'))
    throw new DeploymentError(`SITE_BASE must be a path such as /ict/ (letters, digits, . _ ~ -) (not "${given}")`);
  return { origin, base };
}

/**
 * The base every path of the site starts with: SITE_BASE where Node runs the code (the build,
 * its pages and the search index's records), and in the browser the base the page was built
 * with, which the layout writes on its root element (`data-base`).
 */
export const BASE: string = typeof document === 'undefined' ? readDeployment(process.env).base : (document.documentElement.dataset['base'] ?? '/');
