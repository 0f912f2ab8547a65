import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The CLI tests spawn processes; keep the suite predictable on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
