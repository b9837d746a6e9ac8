/**
 * The Gmail side of the core's absence plans: what the add-on reads before planning, and each
 * step carried out through the Gmail advanced service and user properties. Every step is
 * idempotent: our forwarding filter is found by its shape before one is created, and a setting
 * already in place is not written again.
 */
import { forwardingToRemove, isOurAutoReply, sameForwarding } from '../core';
import type {
  AbsencePort,
  AbsenceRead,
  AbsenceRecord,
  ForwardingKey,
  IsoDate,
  Organisation,
} from '../core';
import type { ApiFilter, GmailAdvanced, PropertiesLike, VacationSettings } from './hostTypes';
import { deleteAbsence, readAbsence, saveAbsence } from './userState';
import { readVacationBackup, saveVacationBackup } from './vacationBackup';
import { createForwardingFilter, removeFilter, vacationFor, writeVacation } from './vacation';

/** A forwarding filter of ours: delivered to the user, forwarded to one address. */
interface OurFilter extends ForwardingKey {
  readonly id: string;
}

function ourFilters(gmail: GmailAdvanced, userEmail: string): OurFilter[] {
  const all: readonly ApiFilter[] = gmail.Users.Settings.Filters.list('me').filter ?? [];
  const query = `deliveredto:${userEmail}`.toLowerCase();
  const ours: OurFilter[] = [];
  for (const f of all) {
    const to = f.action?.forward;
    if (f.id === undefined || to === undefined) continue;
    if ((f.criteria?.query ?? '').toLowerCase() !== query) continue;
    ours.push({ id: f.id, to: to.toLowerCase(), until: null });
  }
  return ours;
}

function vacationTexts(v: VacationSettings): string[] {
  return [v.responseBodyHtml ?? '', v.responseBodyPlainText ?? ''];
}

function recordOf(props: PropertiesLike): AbsenceRecord | null {
  const a = readAbsence(props);
  return a === undefined ? null : { ...a, forwardTo: a.forwardTo ?? null };
}

/** True when every field the wanted settings name is already so. */
function sameVacation(wanted: VacationSettings, live: VacationSettings): boolean {
  return (Object.keys(wanted) as (keyof VacationSettings)[]).every(
    (key) => wanted[key] === undefined || String(wanted[key]) === String(live[key]),
  );
}

/** What the plans need to know, read fresh from Gmail and user properties. */
export function readAbsenceState(
  gmail: GmailAdvanced,
  props: PropertiesLike,
  userEmail: string,
  today: IsoDate,
): AbsenceRead<VacationSettings> {
  const live = gmail.Users.Settings.getVacation('me');
  return {
    autoReply: live,
    autoReplyOn: live.enableAutoReply === true,
    autoReplyTexts: vacationTexts(live),
    forwarding: ourFilters(gmail, userEmail).map(({ to, until }) => ({ to, until })),
    record: recordOf(props),
    backup: readVacationBackup(props) ?? null,
    today,
  };
}

/** The steps of a plan, carried out in Gmail. */
export function gmailAbsencePort(input: {
  readonly gmail: GmailAdvanced;
  readonly props: PropertiesLike;
  readonly org: Organisation;
  readonly userEmail: string;
  readonly now: () => number;
}): AbsencePort<VacationSettings, void> {
  const { gmail, props, org, userEmail } = input;
  const put = (wanted: VacationSettings): void => {
    if (sameVacation(wanted, gmail.Users.Settings.getVacation('me'))) return;
    writeVacation(gmail, wanted);
  };
  return {
    keepBackup(backup) {
      if (isOurAutoReply(vacationTexts(backup.setting))) {
        throw new Error('refusing to back up our own referral');
      }
      saveVacationBackup(props, { ...backup, savedAt: input.now() });
    },
    addForwarding(key) {
      if (ourFilters(gmail, userEmail).some((f) => sameForwarding(f, key))) return;
      createForwardingFilter(gmail, org, userEmail, key.to);
    },
    writeAutoReply(reply) {
      // Gmail has one responder text: the one for citizens (it carries our marker).
      put(vacationFor(reply.external, reply.firstDay, reply.backOn));
    },
    putAutoReply(setting) {
      put(setting);
    },
    disableAutoReply(onlyOurs) {
      const live = gmail.Users.Settings.getVacation('me');
      if (live.enableAutoReply !== true) return;
      if (onlyOurs && !isOurAutoReply(vacationTexts(live))) return;
      writeVacation(gmail, { ...live, enableAutoReply: false });
    },
    removeForwarding(only, keep) {
      for (const f of forwardingToRemove(ourFilters(gmail, userEmail), only, keep)) {
        removeFilter(gmail, f.id);
      }
    },
    keepRecord(record) {
      if (record === null) {
        deleteAbsence(props);
        return;
      }
      const { forwardTo, ...dates } = record;
      saveAbsence(props, { ...dates, ...(forwardTo !== null ? { forwardTo } : {}) });
    },
  };
}
