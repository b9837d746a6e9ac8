export const TASKPANE_INITIAL_JS_BUDGET: number;
/** The chunk files a chunk imports statically. */
export function staticImports(code: string): string[];
/** The entry script of `html` in `distDir` and its static imports, with sizes. */
export function initialJs(
  distDir: string,
  html?: string,
): { files: string[]; rawBytes: number; gzipBytes: number };
