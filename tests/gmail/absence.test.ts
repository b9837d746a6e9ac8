/**
 * The absence through the add-on's real handlers and Gmail port, against the stand-ins: the
 * scenario of issue 7 and every Gmail or user-properties call failing in turn, before and after
 * it takes effect. Afterwards the user's earlier responder is restored exactly and no forwarding
 * filter is left.
 */
import { describe, expect, test } from 'vitest';
import { isOurAutoReply } from '../../shared/index.ts';
import type { GmailWorld } from '../../playground/gmail/standins/gmailWorld.ts';
import { actionEvent, createFixture, notificationOf } from './fixture.ts';
import type { Fixture } from './fixture.ts';

/** A 30 kB HTML responder with its plain text: larger than three user properties. */
const EARLIER = {
  enableAutoReply: true,
  responseSubject: 'Ledig över jul – åter 4 januari',
  responseBodyHtml: `<div dir="ltr">${'<p>Hej! Jag är ledig. Brådskande: ring växeln 0470-410 00 ☎️</p>'.repeat(480)}</div>`,
  responseBodyPlainText: 'Hej! Jag är ledig. Brådskande: ring växeln 0470-410 00 ☎️\n'.repeat(480),
  restrictToContacts: false,
  restrictToDomain: false,
};
const KC = 'kontaktcenter@vaxjo.se';

const dateInput = (iso: string) => ({
  dateInput: { msSinceEpoch: String(Date.parse(`${iso}T00:00:00Z`)) },
});
const text = (value: string) => ({ stringInputs: { value: [value] } });
const longAbsence = {
  firstDay: dateInput('2026-12-23'),
  lastDay: dateInput('2027-01-08'),
  contactName: text('Karin Holm'),
  contactAddress: text('karin.holm@vaxjo.se'),
  forwardTo: text(KC),
};

function fixture(): Fixture {
  const f = createFixture();
  f.world.vacation = structuredClone(EARLIER);
  f.world.forwardingAddresses.push({ forwardingEmail: KC, verificationStatus: 'accepted' });
  return f;
}

/** A second pane: a fresh add-on over the same mailbox and user properties. */
function secondPane(world: GmailWorld): Fixture {
  const f = createFixture();
  Object.assign(f.world, { vacation: world.vacation });
  f.world.filters.push(...world.filters);
  f.world.forwardingAddresses.push(...world.forwardingAddresses);
  for (const [k, v] of world.userProperties) f.world.userProperties.set(k, v);
  return f;
}

/** No autoreply of ours is on while promising forwarding that is not set. */
function expectNoBrokenPromise(world: GmailWorld): void {
  const v = world.vacation;
  const ours = isOurAutoReply([v.responseBodyHtml ?? '', v.responseBodyPlainText ?? '']);
  if (v.enableAutoReply === true && ours && (v.responseBodyPlainText ?? '').includes(KC)) {
    expect(world.filters.map((f) => f.action.forward)).toContain(KC);
  }
}

describe('Gmail absence: the backup is never lost', () => {
  test('issue 7: two saves refused at the filter (503), restore from a second pane', () => {
    const f = fixture();
    f.world.failures.set(
      'gmail.users.settings.filters.create',
      'API call to gmail.users.settings.filters.create failed with error: Service unavailable (503)',
    );
    for (let i = 0; i < 2; i += 1) {
      const saved = f.addOn.onAbsenceSave(actionEvent({}, longAbsence));
      expect(notificationOf(saved)).toMatch(/autosvaret sparades inte|Något gick fel/);
      expect(f.world.vacation).toEqual(EARLIER);
      expect(f.world.filters).toEqual([]);
    }
    const pane = secondPane(f.world);
    const restored = pane.addOn.onAbsenceRestore(actionEvent());
    expect(notificationOf(restored)).toBe('Dina tidigare inställningar är återställda.');
    expect(pane.world.vacation).toEqual(EARLIER);
    expect(pane.world.filters).toEqual([]);
  });

  test('a saved absence, then restore from a second pane: the 30 kB responder byte for byte', () => {
    const f = fixture();
    f.addOn.onAbsenceSave(actionEvent({}, longAbsence));
    expect(isOurAutoReply([f.world.vacation.responseBodyHtml ?? ''])).toBe(true);
    expect(f.world.filters).toHaveLength(1);
    // Saving again (an edit) must not back up our own referral over the user's text.
    f.addOn.onAbsenceSave(actionEvent({}, longAbsence));
    expect(f.world.filters).toHaveLength(1);
    const pane = secondPane(f.world);
    pane.addOn.onAbsenceRestore(actionEvent());
    expect(pane.world.vacation).toEqual(EARLIER);
    expect(pane.world.vacation.responseBodyHtml).toBe(EARLIER.responseBodyHtml);
    expect(pane.world.vacation.responseBodyPlainText).toBe(EARLIER.responseBodyPlainText);
    expect(pane.world.filters).toEqual([]);
  });

  test('each call of a save fails in turn, before and after it takes effect', () => {
    const dry = fixture();
    const from = dry.world.calls.length;
    dry.addOn.onAbsenceSave(actionEvent({}, longAbsence));
    const calls = dry.world.calls.length - from;
    expect(calls).toBeGreaterThan(10);
    for (let n = 0; n < calls; n += 1) {
      for (const phase of ['before', 'after'] as const) {
        const f = fixture();
        f.world.failAt = { index: f.world.calls.length + n, phase, message: 'Backend Error' };
        f.addOn.onAbsenceSave(actionEvent({}, longAbsence));
        f.world.failAt = null;
        expectNoBrokenPromise(f.world);
        const pane = secondPane(f.world);
        pane.addOn.onAbsenceRestore(actionEvent());
        expect(pane.world.vacation, `call ${n} ${phase}`).toEqual(EARLIER);
        expect(pane.world.filters, `call ${n} ${phase}`).toEqual([]);
      }
    }
  });

  test('each call of a restore fails in turn: a retry still brings the responder back', () => {
    const dry = fixture();
    dry.addOn.onAbsenceSave(actionEvent({}, longAbsence));
    const from = dry.world.calls.length;
    dry.addOn.onAbsenceRestore(actionEvent());
    const calls = dry.world.calls.length - from;
    for (let n = 0; n < calls; n += 1) {
      for (const phase of ['before', 'after'] as const) {
        const f = fixture();
        f.addOn.onAbsenceSave(actionEvent({}, longAbsence));
        f.world.failAt = { index: f.world.calls.length + n, phase, message: 'Backend Error' };
        f.addOn.onAbsenceRestore(actionEvent());
        f.world.failAt = null;
        expectNoBrokenPromise(f.world);
        f.addOn.onAbsenceRestore(actionEvent());
        expect(f.world.vacation, `call ${n} ${phase}`).toEqual(EARLIER);
        expect(f.world.filters, `call ${n} ${phase}`).toEqual([]);
      }
    }
  });
});
