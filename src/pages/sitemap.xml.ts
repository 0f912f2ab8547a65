import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/export/xml.ts';
import { corpusSeries } from '../lib/document/index.ts';
import { comparePath, documentPath, historyPath } from '../lib/site/urls.ts';
import { allDocuments } from './_documents.ts';

/** Every page of the site, for search engines. */
export const GET: APIRoute = async ({ site }) => {
  const docs = await allDocuments();
  const paths = ['/', '/search/', '/compare/'];
  for (const [series, ordered] of corpusSeries(docs)) {
    paths.push(historyPath(series));
    for (const doc of ordered) paths.push(documentPath(doc));
    ordered.slice(1).forEach((b, i) => paths.push(comparePath(ordered[i]!, b)));
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
