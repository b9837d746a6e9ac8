/**
 * The user's own autoreply, kept in the mailbox itself: string extended properties on the Inbox
 * folder (Graph, `MailboxSettings.ReadWrite` + `Mail.ReadWrite`). Roaming settings cannot hold it —
 * they have 32 KB in all, much of it used by the "not ours" marks — and they are the pane's copy
 * of the moment it opened, so a second pane could write an old one back. The mailbox is read fresh
 * by every pane. The text is cut into pieces of at most 8,000 characters under names carrying its
 * checksum; the header, written last, is the commit, so a write that fails half-way leaves the
 * previous backup whole.
 */
import { chunkBackup, joinBackup } from '../../../shared/index.ts';
import type { AutoReplyBackup } from '../../../shared/index.ts';
import type { AutomaticReplies, GraphPort } from '../pane/ports.ts';

const HEADER = 'svarsplikt.autoReplyBackup';
const PIECE_UNITS = 8000;

interface Header {
  readonly v: 1;
  readonly savedOn: string;
  readonly parts: number;
  readonly length: number;
  readonly sum: string;
}

type BackupGraph = Pick<GraphPort, 'readInboxProperties' | 'writeInboxProperties'>;

function pieceName(sum: string, index: number): string {
  return `${HEADER}.${sum}.${index}`;
}

function parseHeader(raw: string | undefined): Header | null {
  if (raw === undefined || raw === '') return null;
  try {
    const h = JSON.parse(raw) as Partial<Header>;
    return h.v === 1 &&
      typeof h.savedOn === 'string' &&
      typeof h.parts === 'number' &&
      typeof h.length === 'number' &&
      typeof h.sum === 'string'
      ? (h as Header)
      : null;
  } catch {
    return null;
  }
}

/** The backup kept in the mailbox, or null when there is none (or it is not whole). */
export async function readMailboxBackup(
  graph: BackupGraph,
): Promise<AutoReplyBackup<AutomaticReplies> | null> {
  const header = parseHeader((await graph.readInboxProperties([HEADER]))[HEADER]);
  if (header === null) return null;
  const names = Array.from({ length: header.parts }, (_, i) => pieceName(header.sum, i));
  const found = await graph.readInboxProperties(names);
  const text = joinBackup({
    parts: names.map((n) => found[n]),
    length: header.length,
    sum: header.sum,
  });
  if (text === null) return null;
  return { savedOn: header.savedOn, setting: JSON.parse(text) as AutomaticReplies };
}

/** Stores the backup, replacing the one kept; the same settings land under the same names. */
export async function writeMailboxBackup(
  graph: BackupGraph,
  backup: AutoReplyBackup<AutomaticReplies>,
): Promise<void> {
  const previous = parseHeader((await graph.readInboxProperties([HEADER]))[HEADER]);
  const chunks = chunkBackup(JSON.stringify(backup.setting), PIECE_UNITS);
  const pieces: Record<string, string> = {};
  chunks.parts.forEach((part, i) => {
    pieces[pieceName(chunks.sum, i)] = part;
  });
  await graph.writeInboxProperties(pieces);
  const header: Header = {
    v: 1,
    savedOn: backup.savedOn,
    parts: chunks.parts.length,
    length: chunks.length,
    sum: chunks.sum,
  };
  await graph.writeInboxProperties({ [HEADER]: JSON.stringify(header) });
  if (previous !== null && previous.sum !== chunks.sum) {
    // Graph cannot delete a folder's extended property; emptied, it weighs nothing.
    const emptied: Record<string, string> = {};
    for (let i = 0; i < previous.parts; i += 1) emptied[pieceName(previous.sum, i)] = '';
    await graph.writeInboxProperties(emptied).catch(() => undefined);
  }
}
