// The watcher's state on disk: per mailbox where the last cycle stopped (Gmail historyId, Graph
// deltaLink), the duties it marked and what it has mailed. Written atomically (temp file, fsync,
// rename, fsync of the folder) so a kill leaves either the old or the new state, never half.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IsoDate } from '../../../shared/index.ts';
import { writeAtomically } from './writeAtomically.ts';

/** One watched mailbox's progress. */
export interface MailboxWatchState {
  historyId?: string;
  deltaLink?: string;
  /** Gmail label ids by name, so a cycle without new due dates lists no labels. */
  labels?: Record<string, string>;
  /** Marked messages by id, with their due date: the open duties, and what never to mark twice. */
  duties: Record<string, IsoDate>;
  /**
   * What the last look before a digest found for marked messages: null when nothing is due any
   * more (answered), else the due date in force (a kvittens's promised date). Missing = as marked.
   */
  settled?: Record<string, IsoDate | null>;
  /** The Stockholm date the last digest went out. */
  digestOn?: IsoDate;
  /** Coverage warnings already sent, as `kind:first-date`. */
  warned: string[];
}

export interface WatchState {
  version: 1;
  mailboxes: Record<string, MailboxWatchState>;
}

/** The state file: read once, saved after every step that must not be repeated. */
export interface StateFile {
  readonly state: WatchState;
  mailbox(address: string): MailboxWatchState;
  save(): void;
}

function parse(text: string, path: string): WatchState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON: remove it to start over (the watcher then syncs afresh)`);
  }
  const state = value as Partial<WatchState> | null;
  if (state?.version !== 1 || typeof state.mailboxes !== 'object' || state.mailboxes === null)
    throw new Error(`${path} is not a svarsplikt watch state (version 1)`);
  return state as WatchState;
}

/** Opens (or starts) the state at `path`. */
export function openStateFile(path: string): StateFile {
  const full = resolve(path);
  const state: WatchState = existsSync(full)
    ? parse(readFileSync(full, 'utf8'), path)
    : { version: 1, mailboxes: {} };
  return {
    state,
    mailbox(address) {
      const key = address.toLowerCase();
      state.mailboxes[key] ??= { duties: {}, warned: [] };
      return state.mailboxes[key];
    },
    save() {
      writeAtomically(full, JSON.stringify(state));
    },
  };
}
