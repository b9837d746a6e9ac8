// A Workspace tenant for the admin tests: 240 users at vaxjo.se, a few with known autoreplies.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stockholmInstant } from '../../shared/index.ts';
import type { GoogleMailbox } from '../../playground/google-standin/googleStandin.ts';

export const SCOPE = 'https://www.googleapis.com/auth/';
export const ALL_DELEGATED = [
  'admin.directory.user.readonly',
  'gmail.settings.basic',
  'gmail.settings.sharing',
].map((s) => SCOPE + s);

/** A service account key file like the Google Cloud console's, written to `dir`. */
export function makeServiceAccount(dir: string): {
  keyPath: string;
  publicKey: string;
  clientEmail: string;
} {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const clientEmail = 'svarsplikt-admin@svarsplikt-test.iam.gserviceaccount.com';
  const keyPath = join(dir, 'key.json');
  writeFileSync(
    keyPath,
    JSON.stringify({
      type: 'service_account',
      project_id: 'svarsplikt-test',
      private_key_id: 'k1',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: clientEmail,
      token_uri: 'https://oauth2.googleapis.com/token',
    }),
  );
  return {
    keyPath,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    clientEmail,
  };
}

export const NOW = '2026-04-08T08:00:00+02:00';
/** The responder ends at 00:00 Stockholm after its last day, Friday 10 April 2026 (as the add-on sets it). */
const END = String(stockholmInstant('2026-04-11', 0));
const START = String(stockholmInstant('2026-04-06', 0));

/** The users, with expectations: compliant001, sick002, external003, and 237 without autoreply. */
export function workspaceUsers(count = 240): GoogleMailbox[] {
  const users: GoogleMailbox[] = [{ primaryEmail: 'it.admin@vaxjo.se', isAdmin: true }];
  for (let i = 1; users.length < count; i++) {
    users.push({ primaryEmail: `user${String(i).padStart(4, '0')}@vaxjo.se` });
  }
  const set = (index: number, patch: Partial<GoogleMailbox>) =>
    Object.assign(users[index] as GoogleMailbox, patch);
  set(1, {
    vacation: {
      enableAutoReply: true,
      responseSubject: 'Frånvaro / Out of office',
      responseBodyPlainText:
        'Hej! Jag är ledig till och med fredag 10 april och tillbaka måndag 13 april. Kontakta kontaktcenter@vaxjo.se eller 0470-410 00.\nI am away until 10 April, please contact kontaktcenter@vaxjo.se.',
      startTime: START,
      endTime: END,
    },
  });
  set(2, {
    vacation: {
      enableAutoReply: true,
      responseSubject: 'Frånvaro',
      responseBodyHtml: '<p>Jag &auml;r sjukskriven.</p>',
    },
  });
  set(3, {
    forwardingAddresses: [
      { forwardingEmail: 'privat.person@gmail.com', verificationStatus: 'accepted' },
    ],
    autoForwarding: {
      enabled: true,
      emailAddress: 'privat.person@gmail.com',
      disposition: 'leaveInInbox',
    },
  });
  set(4, {
    forwardingAddresses: [{ forwardingEmail: 'kollega@vaxjo.se', verificationStatus: 'accepted' }],
    filters: [{ id: 'f1', criteria: { from: 'x' }, action: { forward: 'kollega@vaxjo.se' } }],
  });
  return users;
}

/** The CLI's Google Workspace credential options for a service account acting for the IT admin. */
export function googleCredentials(account: { keyPath: string }): string[] {
  return ['--google-key', account.keyPath, '--google-admin', 'it.admin@vaxjo.se'];
}
