// Which Chromium-family browser the browser tests and budgets drive. playwright-core downloads no
// browser of its own here, so the tests use whatever is installed, in this order:
//   1. $CHROMIUM_PATH (and nothing else when it is set: a wrong path is reported, not skipped);
//   2. Debian's chromium (`apt-get install chromium`): `chromium` on the PATH or /usr/bin/chromium;
//   3. Google Chrome (playwright-core channel 'chrome');
//   4. Microsoft Edge (playwright-core channel 'msedge').
// With none of them, one line says what to install.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Flags for headless runs in containers and CI. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
]);

/** What to install, as the one line shown when no browser is found. */
export const NO_BROWSER_MESSAGE =
  "No Chromium-family browser found for the browser tests: install Debian's chromium (sudo apt-get install chromium), Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to a Chromium-family browser.";

/** Where playwright-core looks for the branded channels (its registry, 1.65). */
const CHANNEL_PATHS = Object.freeze({
  chrome: {
    linux: ['/opt/google/chrome/chrome'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['Google\\Chrome\\Application\\chrome.exe'],
  },
  msedge: {
    linux: ['/opt/microsoft/msedge/msedge'],
    darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    win32: ['Microsoft\\Edge\\Application\\msedge.exe'],
  },
});

/** Install roots a Windows browser may live under, as playwright-core tries them. */
function windowsRoots(env) {
  return [
    env.LOCALAPPDATA,
    env.PROGRAMFILES,
    env['PROGRAMFILES(X86)'],
    env.HOMEDRIVE === undefined ? undefined : `${env.HOMEDRIVE}\\Program Files`,
    env.HOMEDRIVE === undefined ? undefined : `${env.HOMEDRIVE}\\Program Files (x86)`,
  ].filter((root) => root !== undefined && root !== '');
}

function channelInstalled(channel, { env, platform, exists }) {
  const paths = CHANNEL_PATHS[channel][platform] ?? [];
  if (platform !== 'win32') return paths.some(exists);
  return windowsRoots(env).some((root) => paths.some((p) => exists(path.win32.join(root, p))));
}

/** Debian's chromium: `chromium` on the PATH first, then its usual place. */
function debianChromium({ env, platform, exists }) {
  if (platform === 'win32') return undefined;
  const dirs = (env.PATH ?? '').split(':').filter((dir) => dir !== '');
  const candidates = [...dirs.map((dir) => path.posix.join(dir, 'chromium')), '/usr/bin/chromium'];
  return candidates.find(exists);
}

/**
 * Chooses the browser from the environment and what is installed, without touching the machine.
 * @example resolveChromium({ env: {}, platform: 'linux', exists: (p) => p === '/usr/bin/chromium' })
 * // { ok: true, launch: { executablePath: '/usr/bin/chromium' }, name: "Debian's chromium" }
 */
export function resolveChromium({ env, platform, exists }) {
  const given = env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') {
    return exists(given)
      ? { ok: true, launch: { executablePath: given }, name: 'CHROMIUM_PATH' }
      : {
          ok: false,
          message: `CHROMIUM_PATH is ${given}, which is not an executable file: point it at a Chromium-family browser, or unset it to use an installed chromium, Google Chrome or Microsoft Edge.`,
        };
  }
  const debian = debianChromium({ env, platform, exists });
  if (debian !== undefined) {
    return { ok: true, launch: { executablePath: debian }, name: "Debian's chromium" };
  }
  if (channelInstalled('chrome', { env, platform, exists })) {
    return { ok: true, launch: { channel: 'chrome' }, name: 'Google Chrome' };
  }
  if (channelInstalled('msedge', { env, platform, exists })) {
    return { ok: true, launch: { channel: 'msedge' }, name: 'Microsoft Edge' };
  }
  return { ok: false, message: NO_BROWSER_MESSAGE };
}

/** True when `file` is there and this process may run it. */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** An error that prints as its one line: no stack, since the stack says nothing here. */
export class NoBrowserError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NoBrowserError';
    this.stack = `${this.name}: ${message}`;
  }
}

/** Launches the installed Chromium-family browser headless, or rejects with one line saying what to install. */
export async function launchInstalledChromium(options = {}) {
  const found = resolveChromium({
    env: process.env,
    platform: process.platform,
    exists: isExecutable,
  });
  if (!found.ok) throw new NoBrowserError(found.message);
  return chromium.launch({ ...options, ...found.launch, args: [...CHROMIUM_ARGS] });
}
