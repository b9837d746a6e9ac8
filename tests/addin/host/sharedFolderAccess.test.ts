import { describe, expect, it } from 'vitest';
import { sharedFolderAccess } from '../../../addin/src/host/sharedFolderAccess.ts';
import { createOfficeMailHost } from '../../../addin/src/host/mailHost.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const KC = { name: 'Kontaktcenter', address: 'kontaktcenter@vaxjo.se' };

describe('sharedFolderAccess', () => {
  it.each([
    ['Read', 1, false, false],
    ['Read + Write', 3, true, false],
    ['Read + DeleteAll (no Write)', 9, false, false],
    ['Read + Write + DeleteAll', 11, true, true],
    ['everything', 63, true, true],
  ])('%s → write %s, delete %s', (_case, delegatePermissions, canWrite, canDelete) => {
    expect(
      sharedFolderAccess({ owner: KC.address, targetMailbox: KC.address, delegatePermissions }),
    ).toEqual({
      owner: KC.address,
      targetMailbox: KC.address,
      delegatePermissions,
      canWrite,
      canDelete,
    });
  });

  it.each([
    ['no owner', { delegatePermissions: 1 }],
    ['owner not an address', { owner: 'Kontaktcenter', delegatePermissions: 1 }],
    ['permissions missing', { owner: KC.address }],
    ['permissions not a number', { owner: KC.address, delegatePermissions: 'Read' }],
    ['negative permissions', { owner: KC.address, delegatePermissions: -1 }],
  ])('gives null for %s', (_case, props) => {
    expect(sharedFolderAccess(props)).toBeNull();
  });

  it('lower-cases the owner and falls back to it for a missing target', () => {
    expect(
      sharedFolderAccess({ owner: ' Kontaktcenter@Vaxjo.SE ', delegatePermissions: 3 }),
    ).toMatchObject({ owner: KC.address, targetMailbox: KC.address });
  });
});

describe('MailHost.getSharedFolderAccess over the Office stand-in', () => {
  const SHARED = [{ ...MAILBOX[0]!, id: 'kc-1', to: [KC] }];

  function setup(mailboxVersion = '1.14', delegatePermissions = 3) {
    const standin = createOfficeStandin({
      messages: MAILBOX,
      owner: OWNER,
      mailboxVersion,
      sharedMailboxes: [{ owner: KC, delegatePermissions, messages: SHARED }],
    });
    return { standin, host: createOfficeMailHost(standin.office) };
  }

  it('gives the owner and permissions of a message opened in kontaktcenter@', async () => {
    const { standin, host } = setup();
    standin.select('kc-1');
    expect(await host.getSharedFolderAccess?.()).toEqual({
      owner: KC.address,
      targetMailbox: KC.address,
      delegatePermissions: 3,
      canWrite: true,
      canDelete: false,
    });
  });

  it('gives null for a message in the own mailbox, for nothing selected, and before Mailbox 1.8', async () => {
    const own = setup();
    expect(await own.host.getSharedFolderAccess?.()).toBeNull();
    own.standin.select(MAILBOX[0]!.id);
    expect(await own.host.getSharedFolderAccess?.()).toBeNull();
    const old = setup('1.7');
    old.standin.select('kc-1');
    expect(await old.host.getSharedFolderAccess?.()).toBeNull();
  });

  it('the stand-in refuses a message id used in two mailboxes', () => {
    expect(() =>
      createOfficeStandin({
        messages: MAILBOX,
        owner: OWNER,
        sharedMailboxes: [{ owner: KC, delegatePermissions: 1, messages: [MAILBOX[0]!] }],
      }),
    ).toThrow(RangeError);
  });
});
