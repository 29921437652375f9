import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium: one browser at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
