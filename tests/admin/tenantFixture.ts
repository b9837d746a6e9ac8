// A Microsoft 365 tenant for the admin tests: 240 users at vaxjo.se, a few with known settings.
import type { TenantUser } from '../../playground/graph-standin/graphTenant.ts';

export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const CLIENT_ID = '66666666-7777-4888-8999-000000000000';

/** user0001 compliant (scheduled, in Stockholm's zone), user0002 "sjukskriven" with no end, user0003 redirecting to gmail.com. */
export function tenantUsers(count = 240): TenantUser[] {
  const users: TenantUser[] = [];
  for (let i = 1; i <= count; i++) {
    const mail = `user${String(i).padStart(4, '0')}@vaxjo.se`;
    users.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      mail,
      userPrincipalName: mail,
    });
  }
  const at = (i: number) => users[i - 1] as TenantUser;
  at(1).automaticRepliesSetting = {
    status: 'scheduled',
    externalAudience: 'all',
    scheduledStartDateTime: {
      dateTime: '2026-04-06T00:00:00.0000000',
      timeZone: 'W. Europe Standard Time',
    },
    scheduledEndDateTime: { dateTime: '2026-04-10T22:00:00.0000000', timeZone: 'UTC' },
    internalReplyMessage: '<p>Ledig.</p>',
    externalReplyMessage:
      '<html><body><p>Jag &auml;r ledig till och med fredag 10 april. Kontakta <a href="mailto:kontaktcenter@vaxjo.se">kontaktcenter@vaxjo.se</a> eller 0470-410 00.</p><p>I am away until 10 April, please contact kontaktcenter@vaxjo.se.</p></body></html>',
  };
  at(2).automaticRepliesSetting = {
    status: 'alwaysEnabled',
    externalAudience: 'all',
    internalReplyMessage: 'Jag är sjukskriven.',
    externalReplyMessage: '<div>Jag är sjukskriven.</div>',
  };
  at(3).rules = [
    {
      id: 'r1',
      displayName: 'Till privat',
      sequence: 1,
      isEnabled: true,
      conditions: {},
      actions: {
        redirectTo: [{ emailAddress: { name: 'Privat', address: 'privat.person@gmail.com' } }],
      },
    },
  ];
  at(4).rules = [
    {
      id: 'r2',
      displayName: 'Gammal',
      sequence: 1,
      isEnabled: false,
      conditions: {},
      actions: { forwardTo: [{ emailAddress: { address: 'annan@example.org' } }] },
    },
  ];
  at(5).mail = null; // no mailbox (a room list, say): not audited
  return users;
}

/** The CLI's Microsoft 365 credential options for the test tenant's app and its certificate. */
export function msCredentials(app: { certPath: string; keyPath: string }): string[] {
  return [
    '--ms-tenant',
    TENANT_ID,
    '--ms-client-id',
    CLIENT_ID,
    '--ms-cert',
    app.certPath,
    '--ms-key',
    app.keyPath,
  ];
}
