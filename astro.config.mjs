// @ts-check
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { partsLast } from './src/build/page-parts.ts';
import { readDeployment } from './src/lib/site/deployment.ts';
import { headersFile } from './src/lib/site/security.ts';

// The site builds content/resolutions into dist/ by default. The benchmark and the escaping
// test build other corpora into other folders (see src/build/build-site.ts).
const outDir = process.env.SITE_OUT_DIR ?? './dist';
// SITE_URL and SITE_BASE, read and checked in one place.
const deployment = readDeployment(process.env);

export default defineConfig({
  // Canonical URLs, Open Graph, JSON-LD, the sitemap and cited addresses need an origin; without
  // SITE_URL they are left out, never invented.
  ...(deployment.origin ? { site: deployment.origin } : {}),
  base: deployment.base,
  outDir,
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // External files only: the Content-Security-Policy allows no inline style or script. Pages
  // rendered at once: with 8, Astro's thread waited for pages' files to be written for up to a
  // tenth of its time (0.5–1.1 s at 1000 documents; with 32, 0.4–0.65 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 32 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    // The comparison and history pages after all others: their bodies are made beside (src/build/page-parts.ts).
    partsLast(),
    // Every page but the 404, where there is an origin to write absolute addresses with.
    ...(deployment.origin ? [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })] : []),
    {
      name: 'deployment-note',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!deployment.origin)
            logger.info('SITE_URL is not set: no canonical links, Open Graph addresses, sitemap or page addresses in citations are written');
        },
      },
    },
    {
      // Static hosts (Netlify, Cloudflare Pages and others) read security headers from _headers.
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile()),
      },
    },
  ],
});
