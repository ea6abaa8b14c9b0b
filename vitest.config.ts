import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The end-to-end tests start the CLI; two cores: keep the pool small.
    maxWorkers: 2,
  },
});
