import { defineConfig } from 'vitest/config';

// `npm test` runs the suite in the machine's zone, then again under two foreign zones to prove the
// machine's zone never leaks in. The reruns leave out the browser suites: their pages already run
// in an explicit Europe/Stockholm browser context, and a rerun would only repeat them.
const rerun = process.env['SVARSPLIKT_ZONE_RERUN'] === '1';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: rerun ? ['tests/e2e/**', '**/node_modules/**'] : ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
