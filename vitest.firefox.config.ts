import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox ESR (WebDriver BiDi through puppeteer-core): one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
