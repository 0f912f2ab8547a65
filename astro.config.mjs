// @ts-check
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { headersFile } from './src/lib/site/security.ts';

// The site builds content/resolutions into dist/ by default. The benchmark and the escaping
// test build other corpora into other folders (see src/build/build-site.ts).
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
  // Canonical URLs and the sitemap need an origin; override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://ict-security-resolutions.example.org',
  outDir,
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // External files only: the Content-Security-Policy allows no inline style or script.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    {
      // Static hosts (Netlify, Cloudflare Pages and others) read security headers from _headers.
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile()),
      },
    },
  ],
});
