import { defineConfig } from 'vitest/config';

/** Browser tests against the built site (run `npm run build` first; `npm test` does). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
