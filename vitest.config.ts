import { defineConfig } from 'vitest/config';

// `npm test` runs the suite in the machine's zone, then again under two foreign zones to prove the
// machine's zone never leaks in. The reruns leave out the browser suites: their pages already run
// in an explicit Europe/Stockholm browser context, and a rerun would only repeat them. They also
// leave out the admin suites that drive the CLI as a child process against the stand-ins (minutes
// each); the admin units (orders' days, the journal) stay in.
const rerun = process.env['SVARSPLIKT_ZONE_RERUN'] === '1';
const rerunOnce = [
  'tests/e2e/**',
  'tests/admin/orders.test.ts',
  'tests/admin/workspaceAudit.test.ts',
  'tests/admin/m365Audit.test.ts',
  'tests/admin/watchGmail.test.ts',
  'tests/admin/watchGraph.test.ts',
  'tests/admin/adminReport.test.ts',
  'tests/admin/auditTerminal.test.ts',
  'tests/admin/watchTokenCache.test.ts',
];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: rerun ? [...rerunOnce, '**/node_modules/**'] : ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 60000,
  },
});
