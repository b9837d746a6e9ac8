export const DEV_BASE_URL: string;
/** Checks a base URL: https, no query or fragment; returns it without a trailing slash. */
export function normaliseBaseUrl(value: string): string;
/** The manifest text with every development URL moved to `baseUrl`. */
export function manifestFor(template: string, baseUrl: string): string;
/** Builds dist/manifest.xml (or `out`); returns the path written. */
export function buildManifest(options?: {
  baseUrl?: string | undefined;
  out?: string | undefined;
}): string;
