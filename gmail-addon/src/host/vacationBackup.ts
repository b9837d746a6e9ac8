/**
 * The vacation settings as they were before the add-on changed them, kept in user properties.
 * A property holds at most 9 kB, and a responder may be far bigger (a 30 kB HTML body plus its
 * plain text), so the backup is cut into pieces of at most 2,800 UTF-16 units (≤ 8.4 kB of UTF-8
 * whatever the characters) under keys named by the content's checksum. The header, written last,
 * is the commit: a save that fails half-way leaves the previous backup whole.
 */
import { chunkBackup, joinBackup } from '../core';
import type { AutoReplyBackup } from '../core';
import type { PropertiesLike, VacationSettings } from './hostTypes';

const BACKUP_KEY = 'svarsplikt.vacationBackup';
const PIECE_UNITS = 2800;

/** The backup as the card shows it. */
export interface VacationBackup extends AutoReplyBackup<VacationSettings> {
  /** Epoch ms when it was taken. */
  readonly savedAt: number;
}

interface Header {
  readonly v: 2;
  readonly savedAt: number;
  readonly savedOn: string;
  readonly parts: number;
  readonly length: number;
  readonly sum: string;
}

function pieceKey(sum: string, index: number): string {
  return `${BACKUP_KEY}.${sum}.${index}`;
}

function readHeader(props: PropertiesLike): Header | { legacy: VacationBackup } | undefined {
  const raw = props.getProperty(BACKUP_KEY);
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Header> & { settings?: unknown };
  if (
    v.v === 2 &&
    typeof v.parts === 'number' &&
    typeof v.length === 'number' &&
    typeof v.sum === 'string'
  ) {
    return v as Header;
  }
  // The one-property shape of earlier versions.
  if (typeof v.savedAt === 'number' && typeof v.settings === 'object' && v.settings !== null) {
    const savedOn = typeof v.savedOn === 'string' ? v.savedOn : '';
    return {
      legacy: { savedAt: v.savedAt, savedOn, setting: v.settings as VacationSettings },
    };
  }
  return undefined;
}

/** The stored backup, or undefined when there is none or it is not whole. */
export function readVacationBackup(props: PropertiesLike): VacationBackup | undefined {
  const header = readHeader(props);
  if (header === undefined) return undefined;
  if ('legacy' in header) return header.legacy;
  const parts = Array.from({ length: header.parts }, (_, i) =>
    props.getProperty(pieceKey(header.sum, i)),
  );
  const text = joinBackup({ parts, length: header.length, sum: header.sum });
  if (text === null) return undefined;
  return {
    savedAt: header.savedAt,
    savedOn: header.savedOn,
    setting: JSON.parse(text) as VacationSettings,
  };
}

/**
 * Stores a backup, replacing the stored one. Idempotent: the same settings land under the same
 * keys. The pieces of the backup it replaces go only after the new header is in place.
 */
export function saveVacationBackup(props: PropertiesLike, backup: VacationBackup): void {
  const previous = readHeader(props);
  const chunks = chunkBackup(JSON.stringify(backup.setting), PIECE_UNITS);
  chunks.parts.forEach((part, i) => props.setProperty(pieceKey(chunks.sum, i), part));
  const header: Header = {
    v: 2,
    savedAt: backup.savedAt,
    savedOn: backup.savedOn,
    parts: chunks.parts.length,
    length: chunks.length,
    sum: chunks.sum,
  };
  props.setProperty(BACKUP_KEY, JSON.stringify(header));
  if (previous !== undefined && !('legacy' in previous) && previous.sum !== chunks.sum) {
    for (let i = 0; i < previous.parts; i += 1) props.deleteProperty(pieceKey(previous.sum, i));
  }
}
