import type { Browser, LaunchOptions } from 'playwright-core';

/** Flags for headless runs in containers and CI. */
export const CHROMIUM_ARGS: readonly string[];

/** What to install, as the one line shown when no browser is found. */
export const NO_BROWSER_MESSAGE: string;

/** What the machine offers: its environment, its platform, and whether a file can be run. */
export interface ChromiumLookup {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly exists: (file: string) => boolean;
}

/** The browser to launch, or the one line saying what to install. */
export type ChromiumChoice =
  | {
      readonly ok: true;
      readonly launch:
        { readonly executablePath: string } | { readonly channel: 'chrome' | 'msedge' };
      readonly name: string;
    }
  | { readonly ok: false; readonly message: string };

/** Chooses the browser from the environment and what is installed, without touching the machine. */
export function resolveChromium(lookup: ChromiumLookup): ChromiumChoice;

/** True when `file` is there and this process may run it. */
export function isExecutable(file: string): boolean;

/** An error that prints as its one line. */
export class NoBrowserError extends Error {}

/** Launches the installed Chromium-family browser headless, or rejects with one line saying what to install. */
export function launchInstalledChromium(options?: Omit<LaunchOptions, 'args'>): Promise<Browser>;
