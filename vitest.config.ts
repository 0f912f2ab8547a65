import { getViteConfig } from 'astro/config';

// Astro's Vite configuration, so that a test can render .astro components (Astro's container API).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The CLI tests spawn processes; keep the suite predictable on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
