/** Writes icon-<size>.png for every size into `outDir`; returns the file paths. */
export function makeIcons(outDir?: string): string[];
