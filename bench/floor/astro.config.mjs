// @ts-check
// The floor the build is measured against (bench/floor.ts): Astro with nothing of this project's
// but one plain page per document.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR ?? './dist',
  cacheDir: process.env.FLOOR_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
