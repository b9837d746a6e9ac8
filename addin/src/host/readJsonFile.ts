/** What reading a deployed JSON file gave: its parsed content, or that it could not be read. */
export type JsonFileResult = { readonly ok: true; readonly json: unknown } | { readonly ok: false };

/**
 * Fetches a JSON file deployed with the add-in (no cache: a new deployment shows at once).
 * A network error, an HTTP error or bad JSON all come back as `{ ok: false }`.
 *
 * @example const read = await readJsonFile('config/org.json'); if (read.ok) use(read.json);
 */
export async function readJsonFile(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<JsonFileResult> {
  try {
    const response = await fetchImpl(url, { cache: 'no-cache' });
    if (!response.ok) return { ok: false };
    return { ok: true, json: (await response.json()) as unknown };
  } catch {
    return { ok: false };
  }
}
