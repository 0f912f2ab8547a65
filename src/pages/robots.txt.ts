import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site/urls.ts';

/** Everything may be crawled; the sitemap is named where the deployment has an origin (SITE_URL). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${sitePath()}\n${site ? `\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n` : ''}`, {
    headers: { 'content-type': 'text/plain' },
  });
