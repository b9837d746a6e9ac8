/**
 * Shared browser-test helper (Outlook and Gmail e2e tests).
 *
 * API:
 *   const server = await startDevServer();   // Vite dev server from the repo's vite.config.ts, free port
 *                                            // ($SVARSPLIKT_VITE_CONFIG overrides the config file)
 *   server.url                                // e.g. 'https://localhost:41234' (no trailing slash)
 *   await server.close();
 *
 *   const browser = await launchChromium();   // headless: $CHROMIUM_PATH, Debian's chromium, Chrome or Edge
 *                                             // (scripts/chromium.mjs); none → one line saying what to install
 *   const context = await newContext(browser); // ignoreHTTPSErrors, 1280×800, sv-SE, Europe/Stockholm;
 *                                             // share one per file: modules stay cached between pages
 *   const page = await newPage(browser);      // a page in a fresh context of its own
 *   await browser.close();
 *
 *   const violations = await runAxe(page);    // axe-core WCAG 2.0/2.1 A + AA; [] when clean
 *   formatViolations(violations)              // readable string for assertion messages
 *   const frame = await frameByUrl(page, '/taskpane.html');  // wait for a child frame whose URL contains the text
 *
 * Typical use in a vitest file:
 *   let server: DevServer; let browser: Browser;
 *   beforeAll(async () => { browser = await launchChromium(); server = await startDevServer(); });
 *   afterAll(async () => { await browser?.close(); await server?.close(); });
 */
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launchInstalledChromium } from '../../../scripts/chromium.mjs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A running dev server. */
export interface DevServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Ask the OS for a free TCP port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Start Vite programmatically with the repo's vite.config.ts on a free port. */
export async function startDevServer(options: { port?: number } = {}): Promise<DevServer> {
  const { createServer } = await import('vite');
  const port = options.port ?? (await freePort());
  const server = await createServer({
    configFile: process.env['SVARSPLIKT_VITE_CONFIG'] ?? path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    clearScreen: false,
    server: { port, strictPort: true, host: 'localhost', open: false, hmr: false },
  });
  await server.listen();
  const resolved = server.resolvedUrls?.local[0] ?? `https://localhost:${port}/`;
  const url = resolved.replace(/\/$/, '');
  return {
    url,
    close: () => server.close(),
  };
}

/**
 * Launch the installed Chromium-family browser headless: $CHROMIUM_PATH, Debian's chromium, Google
 * Chrome or Microsoft Edge. Launch it before the dev server, so that a machine without one fails
 * with that one line and leaves no server behind.
 */
export async function launchChromium(): Promise<Browser> {
  return launchInstalledChromium();
}

/** Options for a browser context. */
export interface ContextOptions {
  readonly locale?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * A browser context (HTTPS errors ignored for the self-signed dev certificate, sv-SE,
 * Europe/Stockholm). Share one per test file so the dev server's modules stay in its cache.
 */
export async function newContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
}

/** A fresh page in its own context. */
export async function newPage(browser: Browser, options: ContextOptions = {}): Promise<Page> {
  return (await newContext(browser, options)).newPage();
}

/** Wait for a child frame whose URL contains `fragment`. */
export async function frameByUrl(page: Page, fragment: string, timeoutMs = 10000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(fragment));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`No frame with URL containing ${fragment}`);
    await page.waitForTimeout(50);
  }
}

/** One axe violation, trimmed to what a failure message needs. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const require = createRequire(import.meta.url);

/** Run axe-core (WCAG 2.0/2.1 A and AA) in a page or frame; returns the violations. */
export async function runAxe(target: Page | Frame): Promise<readonly AxeViolation[]> {
  const hasAxe = await target.evaluate(() => 'axe' in window);
  if (!hasAxe) await target.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) adds invisible <i data-tabster-dummy tabindex=0 aria-hidden>
    // sentinels that hand focus straight on; they are not content, so axe skips them.
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]'], ['iframe', '[data-tabster-dummy]']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** A readable summary of axe violations for assertion messages. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n  ${v.targets.slice(0, 5).join('\n  ')}`)
    .join('\n');
}
