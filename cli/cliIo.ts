/** What a command may touch of the process: output, input, the clock, and (for admin) the terminal and environment. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => Promise<string>;
  readonly now: () => number;
  /** Writes to stderr without a newline (progress); present only when stderr is a terminal. */
  readonly progress?: (text: string) => void;
  readonly stdoutIsTty?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** Waits until everything written through `out` has left the process (before a journal step, say). */
  readonly flush?: () => Promise<void>;
}
