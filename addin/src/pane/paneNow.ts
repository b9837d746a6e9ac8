/**
 * "Now" for the pane: real time in production; in the playground (`?standin=1&now=ISO`) a
 * fixed instant so the demo's clocks always read the same.
 */
export function paneNow(search: string): () => number {
  const params = new URLSearchParams(search);
  const fixed = params.get('standin') === '1' ? Date.parse(params.get('now') ?? '') : Number.NaN;
  if (Number.isFinite(fixed)) return () => fixed;
  return () => Date.now();
}
