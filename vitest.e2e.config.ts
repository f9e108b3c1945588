import { defineConfig } from 'vitest/config';

/** Browser tests: `npm run test:e2e`. They start real servers, so one file at a time. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
