// Which browser the browser tests drive, for each combination of environment and installed
// browsers. Pure: the machine is described by a table, nothing is launched.
import { describe, expect, it } from 'vitest';
import {
  NO_BROWSER_MESSAGE,
  NoBrowserError,
  isExecutable,
  resolveChromium,
} from '../../scripts/chromium.mjs';

const DEBIAN = '/usr/bin/chromium';
const CHROME_LINUX = '/opt/google/chrome/chrome';
const EDGE_LINUX = '/opt/microsoft/msedge/msedge';
const CHROME_MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const EDGE_MAC = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
const CHROME_WIN = 'C:\\Users\\k\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
const EDGE_WIN = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
const WIN_ENV = {
  LOCALAPPDATA: 'C:\\Users\\k\\AppData\\Local',
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
};

const path = (executablePath: string) => ({ executablePath });
const channel = (name: 'chrome' | 'msedge') => ({ channel: name });

describe('resolveChromium', () => {
  it.each([
    // case, platform, env, installed, expected launch options (null: none found)
    [
      'CHROMIUM_PATH wins over everything',
      'linux',
      { CHROMIUM_PATH: '/x/chrome' },
      ['/x/chrome', DEBIAN, CHROME_LINUX],
      path('/x/chrome'),
    ],
    [
      'an empty CHROMIUM_PATH counts as unset',
      'linux',
      { CHROMIUM_PATH: '' },
      [DEBIAN],
      path(DEBIAN),
    ],
    ["Debian's chromium in /usr/bin", 'linux', {}, [DEBIAN], path(DEBIAN)],
    [
      "Debian's chromium before Chrome and Edge",
      'linux',
      {},
      [DEBIAN, CHROME_LINUX, EDGE_LINUX],
      path(DEBIAN),
    ],
    [
      'chromium found on the PATH',
      'linux',
      { PATH: '/home/k/bin:/usr/bin' },
      ['/home/k/bin/chromium', DEBIAN],
      path('/home/k/bin/chromium'),
    ],
    [
      'Chrome on Linux when there is no chromium',
      'linux',
      { PATH: '/usr/bin' },
      [CHROME_LINUX, EDGE_LINUX],
      channel('chrome'),
    ],
    ['Edge on Linux when it is the only one', 'linux', {}, [EDGE_LINUX], channel('msedge')],
    ['Chrome on macOS', 'darwin', {}, [CHROME_MAC], channel('chrome')],
    ['Edge on macOS', 'darwin', {}, [EDGE_MAC], channel('msedge')],
    [
      'Chrome on Windows under LOCALAPPDATA',
      'win32',
      WIN_ENV,
      [CHROME_WIN, EDGE_WIN],
      channel('chrome'),
    ],
    ['Edge on Windows under Program Files (x86)', 'win32', WIN_ENV, [EDGE_WIN], channel('msedge')],
    ['Windows without install roots finds nothing', 'win32', {}, [CHROME_WIN, EDGE_WIN], null],
    ['a Linux path means nothing on macOS', 'darwin', {}, [CHROME_LINUX, EDGE_LINUX], null],
    ['nothing installed', 'linux', { PATH: '/usr/bin:/bin' }, [], null],
  ] as const)('%s', (_case, platform, env, installed, expected) => {
    const have = new Set<string>(installed);
    const choice = resolveChromium({ env, platform, exists: (file) => have.has(file) });
    if (expected === null) {
      expect(choice).toEqual({ ok: false, message: NO_BROWSER_MESSAGE });
    } else {
      expect(choice).toMatchObject({ ok: true, launch: expected });
    }
  });

  it('reports a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    const choice = resolveChromium({
      env: { CHROMIUM_PATH: '/nowhere/chromium' },
      platform: 'linux',
      exists: (file) => file === DEBIAN,
    });
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toContain('CHROMIUM_PATH is /nowhere/chromium');
  });

  it('says in one line what to install', () => {
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    for (const what of [
      'apt-get install chromium',
      'Google Chrome',
      'Microsoft Edge',
      'CHROMIUM_PATH',
    ])
      expect(NO_BROWSER_MESSAGE).toContain(what);
  });

  it('fails as that one line, without a stack trace under it', () => {
    const error = new NoBrowserError(NO_BROWSER_MESSAGE);
    expect(error.stack).toBe(`NoBrowserError: ${NO_BROWSER_MESSAGE}`);
  });

  it('checks files on the real machine: a directory or a missing file is no browser', () => {
    expect(isExecutable(process.execPath)).toBe(true);
    expect(isExecutable('/nowhere/chromium')).toBe(false);
    expect(isExecutable(import.meta.dirname)).toBe(false);
  });
});
