import { describe, expect, it, vi } from 'vitest';
import type { AddinConfig } from '../../../addin/src/host/addinConfig.ts';
import { createTokenProvider, GRAPH_SCOPES } from '../../../addin/src/host/auth/tokenProvider.ts';
import type { AuthOffice } from '../../../addin/src/host/auth/tokenProvider.ts';
import { createOfficeStandin } from '../../../playground/office-standin/officeStandin.ts';
import type { StandinDialog } from '../../../playground/office-standin/officeStandin.ts';
import { MAILBOX, OWNER } from '../../standins/fixtures.ts';

const NAA: AddinConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  auth: 'naa',
};

function officeWith(nestedAppAuth: boolean) {
  const standin = createOfficeStandin({ messages: MAILBOX, owner: OWNER, nestedAppAuth });
  const dialogs: StandinDialog[] = [];
  standin.onDialog((d) => dialogs.push(d));
  return { office: standin.office as unknown as AuthOffice, dialogs };
}

describe('createTokenProvider', () => {
  it('asks for the least scopes: mail, shared mail, mailbox settings, and send for the forward', () => {
    expect([...GRAPH_SCOPES].sort()).toEqual([
      'Mail.ReadWrite',
      'Mail.ReadWrite.Shared',
      'Mail.Send',
      'MailboxSettings.ReadWrite',
    ]);
  });

  it('falls back to the Office dialog without NestedAppAuth, and caches the token', async () => {
    const { office, dialogs } = officeWith(false);
    const tokens = createTokenProvider(NAA, office, 'https://localhost:3000/auth-dialog.html');
    const first = tokens.getToken(GRAPH_SCOPES);
    await vi.waitFor(() => expect(dialogs).toHaveLength(1));
    const url = new URL(dialogs[0]?.url ?? '');
    expect(url.pathname).toBe('/auth-dialog.html');
    expect(url.searchParams.get('clientId')).toBe(NAA.clientId);
    expect(url.searchParams.get('scopes')).toBe(
      'Mail.ReadWrite Mail.ReadWrite.Shared Mail.Send MailboxSettings.ReadWrite',
    );
    dialogs[0]?.messageParent(
      JSON.stringify({ status: 'ok', accessToken: 'tok-1', expiresOn: Date.now() + 3_600_000 }),
    );
    expect(await first).toBe('tok-1');
    expect(await tokens.getToken(GRAPH_SCOPES)).toBe('tok-1');
    expect(dialogs).toHaveLength(1);
  });

  it.each([
    ['the user closes the dialog', (d: StandinDialog) => d.closeByUser(), 'AuthCancelled'],
    [
      'the dialog reports an error',
      (d: StandinDialog) => d.messageParent('{"status":"error","code":"consent_required"}'),
      'AuthFailed',
    ],
    ['the dialog sends garbage', (d: StandinDialog) => d.messageParent('not json'), 'AuthFailed'],
  ])('rejects when %s', async (_case, act, code) => {
    const { office, dialogs } = officeWith(false);
    const pending = createTokenProvider(
      NAA,
      office,
      'https://localhost:3000/auth-dialog.html',
    ).getToken(GRAPH_SCOPES);
    await vi.waitFor(() => expect(dialogs).toHaveLength(1));
    act(dialogs[0] as StandinDialog);
    await expect(pending).rejects.toMatchObject({ name: 'GraphError', status: 0, code });
  });

  it('uses nested app authentication (no dialog) where the host supports it', async () => {
    const { office, dialogs } = officeWith(true);
    // MSAL cannot broker a token in Node: the point is which path was taken.
    const error = await createTokenProvider(NAA, office)
      .getToken(GRAPH_SCOPES)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphError', code: 'AuthFailed' });
    expect(dialogs).toHaveLength(0);
  });
});
