// The Office dialog fallback's page (auth-dialog.html): signs in with MSAL's redirect flow in the
// dialog window and hands the access token to the task pane with messageParent. Used only where the
// host does not support nested app authentication.
import { PublicClientApplication } from '@azure/msal-browser';
import { DEFAULT_AUTHORITY } from './tokenProvider.ts';

const STORAGE_KEY = 'svarsplikt.authDialog';

interface DialogRequest {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly authority: string;
}

/** The request from the query string on first open, or from session storage after the redirect back. */
function dialogRequest(): DialogRequest | undefined {
  const params = new URLSearchParams(location.search);
  const clientId = params.get('clientId');
  if (clientId) {
    const request = {
      clientId,
      scopes: (params.get('scopes') ?? '').split(' ').filter((s) => s !== ''),
      authority: params.get('authority') ?? DEFAULT_AUTHORITY,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(request));
    return request;
  }
  const saved = sessionStorage.getItem(STORAGE_KEY);
  return saved ? (JSON.parse(saved) as DialogRequest) : undefined;
}

function reply(message: object): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function signIn(): Promise<void> {
  await Office.onReady();
  const request = dialogRequest();
  if (!request) {
    reply({ status: 'error', code: 'MissingRequest' });
    return;
  }
  const pca = new PublicClientApplication({
    auth: {
      clientId: request.clientId,
      authority: request.authority,
      redirectUri: `${location.origin}${location.pathname}`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result) {
    sessionStorage.removeItem(STORAGE_KEY);
    reply({
      status: 'ok',
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime(),
    });
    return;
  }
  await pca.acquireTokenRedirect({ scopes: [...request.scopes] });
}

signIn().catch((e: unknown) => {
  const code =
    typeof e === 'object' && e !== null && 'errorCode' in e
      ? String((e as { errorCode: unknown }).errorCode)
      : 'AuthFailed';
  reply({ status: 'error', code });
});
