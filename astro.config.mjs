// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs and the sitemap need an origin; override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://ict-security-resolutions.example.org',
  trailingSlash: 'always',
  // External files only: the Content-Security-Policy allows no inline style or script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
