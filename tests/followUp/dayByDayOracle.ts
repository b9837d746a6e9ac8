// An independent implementation of the follow-up (SPEC §8) for tests: closed days from
// date-holidays, Stockholm time from Intl, deadlines and office time by walking day by day.
import Holidays from 'date-holidays';
import { intlStockholmWall } from '../fixtures/intlStockholmWall.ts';

const DAY = 86_400_000;
const holidays = new Set<string>();
const se = new Holidays('SE', { types: ['public', 'bank'] });
for (let year = 2024; year <= 2029; year++) {
  for (const h of se.getHolidays(year)) holidays.add(h.date.slice(0, 10));
}

const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
export const isOpen = (date: string) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
};

const wallCache = new Map<string, number>();
/** The instant of a Stockholm wall time (minute ≥ 03:00), found by asking Intl. */
export function instantOfWall(date: string, minute: number): number {
  const key = `${date} ${minute}`;
  const cached = wallCache.get(key);
  if (cached !== undefined) return cached;
  const utc = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  const found = [1, 2]
    .map((h) => utc - h * 3_600_000)
    .find((c) => {
      const wall = intlStockholmWall(c);
      return wall.date === date && wall.minute === minute;
    });
  if (found === undefined) throw new Error(`no instant for ${key}`);
  wallCache.set(key, found);
  return found;
}

const OPEN = 8 * 60;
const CLOSE = 16 * 60 + 30;

/** Closing time on the n-th working day after day 0, walking day by day. */
export function oracleDeadline(receivedAt: number, n: number): number {
  const { date, minute } = intlStockholmWall(receivedAt);
  let day = date;
  if (!isOpen(day) || minute >= CLOSE) {
    do day = nextDate(day);
    while (!isOpen(day));
  }
  for (let k = 0; k < n;) {
    day = nextDate(day);
    if (isOpen(day)) k++;
  }
  return instantOfWall(day, CLOSE);
}

/** Office time in [from, to), walking the days between. */
export function oracleOfficeTime(from: number, to: number): number {
  let total = 0;
  let day = intlStockholmWall(from).date;
  const last = intlStockholmWall(to).date;
  for (;;) {
    if (isOpen(day)) {
      const start = Math.max(from, instantOfWall(day, OPEN));
      const end = Math.min(to, instantOfWall(day, CLOSE));
      if (end > start) total += end - start;
    }
    if (day >= last) return total;
    day = nextDate(day);
  }
}

/** ISO week `YYYY-Www` of a date, the textbook way with Date. */
export function oracleIsoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - weekday + 3); // that week's Thursday
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface OracleMessage {
  mailbox: string;
  receivedAt: number;
  acknowledgedAt?: number;
  answeredAt?: number;
}

/** The follow-up rows, message by message, as the law says. */
export function oracleReport(
  messages: readonly OracleMessage[],
  n: number,
  now: number,
  by: 'month' | 'week',
): Record<string, unknown>[] {
  const groups = new Map<string, { counts: number[]; responses: number[] }>();
  for (const m of messages) {
    const date = intlStockholmWall(m.receivedAt).date;
    const period = by === 'month' ? date.slice(0, 7) : oracleIsoWeek(date);
    const key = JSON.stringify([m.mailbox, period]);
    const group = groups.get(key) ?? { counts: [0, 0, 0, 0, 0], responses: [] };
    groups.set(key, group);
    const due = oracleDeadline(m.receivedAt, n);
    const candidates = [m.acknowledgedAt, m.answeredAt].filter(
      (t): t is number => t !== undefined && t >= m.receivedAt && t <= now,
    );
    group.counts[0]!++;
    if (candidates.length === 0) {
      group.counts[3]!++;
      if (now >= due) group.counts[4]!++;
      continue;
    }
    const met = Math.min(...candidates);
    group.counts[met <= due ? 1 : 2]!++;
    group.responses.push(oracleOfficeTime(m.receivedAt, met));
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { counts, responses }]) => {
      const [mailbox, period] = JSON.parse(key) as [string, string];
      const [received, inTime, late, open, openOverdue] = counts as [
        number,
        number,
        number,
        number,
        number,
      ];
      const sorted = [...responses].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const median =
        sorted.length === 0
          ? null
          : sorted.length % 2 === 1
            ? sorted[mid]!
            : (sorted[mid - 1]! + sorted[mid]!) / 2;
      const decided = received - (open - openOverdue);
      return {
        mailbox,
        period,
        received,
        inTime,
        late,
        open,
        openOverdue,
        shareInTime: decided === 0 ? null : inTime / decided,
        medianResponseMinutes: median === null ? null : Math.round(median / 60_000),
      };
    });
}
