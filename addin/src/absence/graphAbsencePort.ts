/**
 * The Outlook side of the core's absence plans: what the pane reads before planning, and each step
 * carried out through Graph (autoreply, redirect rule, the backup in the mailbox) and roaming
 * settings (the record). Every step is idempotent: our rule is found by its marked name before
 * one is created, and a setting already in place is not written again.
 */
import { forwardingToRemove, isOurAutoReply } from '../../../shared/index.ts';
import type {
  AbsencePort,
  AbsenceRead,
  AbsenceRecord,
  AutoReplyBackup,
  IsoDate,
} from '../../../shared/index.ts';
import { graphMidnight, sameDateTime } from '../host/graph/graphDateTime.ts';
import { SETTINGS } from '../pane/paneDeps.ts';
import type { AutomaticReplies, GraphPort, MailHost } from '../pane/ports.ts';
import { readMailboxBackup, writeMailboxBackup } from './mailboxBackup.ts';

/** The rule's name after the marker: 'Svarsplikt: frånvaro t.o.m. 2027-01-08'. */
const RULE_NAME = 'frånvaro';

function textsOf(setting: AutomaticReplies): string[] {
  return [setting.internalReplyMessage, setting.externalReplyMessage];
}

function isAutomaticReplies(value: unknown): value is AutomaticReplies {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'string'
  );
}

function isRecord(value: unknown): value is AbsenceRecord {
  const v = value as Partial<AbsenceRecord> | undefined;
  return (
    typeof v?.firstDay === 'string' && typeof v.lastDay === 'string' && typeof v.backOn === 'string'
  );
}

/** True when Graph already holds this setting (times compared as instants). */
export function sameAutoReplies(a: AutomaticReplies, b: AutomaticReplies): boolean {
  return (
    a.status === b.status &&
    a.externalAudience === b.externalAudience &&
    a.internalReplyMessage === b.internalReplyMessage &&
    a.externalReplyMessage === b.externalReplyMessage &&
    (a.status !== 'scheduled' ||
      (sameDateTime(a.scheduledStartDateTime, b.scheduledStartDateTime) &&
        sameDateTime(a.scheduledEndDateTime, b.scheduledEndDateTime)))
  );
}

/** The backup: in the mailbox, or (from earlier versions) in roaming settings. */
async function readBackup(
  graph: GraphPort,
  host: MailHost,
): Promise<AutoReplyBackup<AutomaticReplies> | null> {
  const kept = await readMailboxBackup(graph);
  if (kept !== null) return kept;
  const legacy = host.getSetting<unknown>(SETTINGS.autoReplyBackup);
  return isAutomaticReplies(legacy) ? { setting: legacy, savedOn: '' } : null;
}

/** What the plans need to know, read fresh from Graph: another pane may have changed it. */
export async function readAbsenceState(
  graph: GraphPort,
  host: MailHost,
  today: IsoDate,
): Promise<AbsenceRead<AutomaticReplies>> {
  const [{ setting }, rules, backup] = await Promise.all([
    graph.getAutomaticReplies(),
    graph.listRedirectRules(),
    readBackup(graph, host),
  ]);
  const record = host.getSetting<unknown>(SETTINGS.absence);
  return {
    autoReply: setting,
    autoReplyOn: setting.status !== 'disabled',
    autoReplyTexts: textsOf(setting),
    forwarding: rules.map((r) => ({ to: r.to.toLowerCase(), until: r.until || null })),
    record: isRecord(record) ? { ...record, forwardTo: record.forwardTo ?? null } : null,
    backup,
    today,
  };
}

/** The steps of a plan, carried out in Outlook. */
export function graphAbsencePort(
  graph: GraphPort,
  host: MailHost,
): AbsencePort<AutomaticReplies, Promise<void>> {
  async function put(wanted: AutomaticReplies): Promise<void> {
    const { setting } = await graph.getAutomaticReplies();
    if (sameAutoReplies(wanted, setting)) return;
    await graph.setAutomaticReplies(wanted);
  }
  return {
    async keepBackup(backup) {
      if (isOurAutoReply(textsOf(backup.setting))) {
        throw new Error('Refusing to back up our own referral.');
      }
      await writeMailboxBackup(graph, backup);
      // The copy of earlier versions goes once the mailbox holds the backup: it frees roaming space.
      if (host.getSetting(SETTINGS.autoReplyBackup) !== undefined) {
        await host.setSetting(SETTINGS.autoReplyBackup, undefined);
      }
    },
    async addForwarding(key) {
      await graph.addRedirectRule({
        name: RULE_NAME,
        to: { address: key.to },
        until: key.until ?? '',
      });
    },
    async writeAutoReply(reply) {
      await put({
        status: 'scheduled',
        externalAudience: 'all',
        scheduledStartDateTime: graphMidnight(reply.firstDay),
        // On until the back-on day, so a weekend or holiday gap after the last day still gets it.
        scheduledEndDateTime: graphMidnight(reply.backOn),
        internalReplyMessage: reply.internal.html,
        externalReplyMessage: reply.external.html,
      });
    },
    putAutoReply: put,
    async disableAutoReply(onlyOurs) {
      const { setting } = await graph.getAutomaticReplies();
      if (setting.status === 'disabled') return;
      if (onlyOurs && !isOurAutoReply(textsOf(setting))) return;
      await graph.setAutomaticReplies({ ...setting, status: 'disabled' });
    },
    async removeForwarding(only, keep) {
      const rules = (await graph.listRedirectRules()).map((r) => ({
        id: r.id,
        to: r.to.toLowerCase(),
        until: r.until || null,
      }));
      for (const rule of forwardingToRemove(rules, only, keep)) {
        await graph.deleteRedirectRule(rule.id);
      }
    },
    async keepRecord(record) {
      await host.setSetting(SETTINGS.absence, record ?? undefined);
    },
  };
}
