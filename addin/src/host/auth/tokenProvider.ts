import type { IPublicClientApplication } from '@azure/msal-browser';
import type { AddinConfig } from '../addinConfig.ts';
import { GraphError } from '../graph/graphError.ts';

/**
 * The least Graph scopes that work:
 * - Mail.ReadWrite: read the inbox/Sent Items and PATCH the follow-up flag (Mail.Read cannot write flags;
 *   there is no narrower write scope for message properties).
 * - MailboxSettings.ReadWrite: automatic replies and inbox rules (messageRules need it).
 * - Mail.ReadWrite.Shared: the functional mailboxes the user already has full access to, at
 *   /users/{owner}/…: read their inbox and Sent Items, set the shared marks (categories: "Jag tar
 *   den", "Diarieförd") and delete a registered, answered message (GDPR). It grants nothing beyond
 *   the mailbox permissions Exchange already gave the user.
 */
export const GRAPH_SCOPES: readonly string[] = [
  'Mail.ReadWrite',
  'MailboxSettings.ReadWrite',
  'Mail.ReadWrite.Shared',
  // Only for "Inte mitt ärende": POST /me/messages/{id}/forward sends at once.
  'Mail.Send',
];

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export interface TokenProvider {
  getToken(scopes: readonly string[]): Promise<string>;
}

/** The parts of Office.js the token provider uses (injectable for tests). */
export interface AuthOffice {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
  };
  readonly EventType: {
    readonly DialogMessageReceived: Office.EventType;
    readonly DialogEventReceived: Office.EventType;
  };
  readonly AsyncResultStatus: { readonly Succeeded: Office.AsyncResultStatus };
}

function authFailed(e: unknown): GraphError {
  const message = e instanceof Error ? e.message : 'Sign-in failed.';
  const cancelled =
    typeof e === 'object' &&
    e !== null &&
    (e as { errorCode?: unknown }).errorCode === 'user_cancelled';
  return new GraphError(0, cancelled ? 'AuthCancelled' : 'AuthFailed', message);
}

/** MSAL nested app authentication: silent first, then a popup the Office host brokers. */
function createNaaProvider(config: AddinConfig): TokenProvider {
  let pca: Promise<IPublicClientApplication> | undefined;
  const app = () => {
    pca ??= import('@azure/msal-browser').then((msal) =>
      msal.createNestablePublicClientApplication({
        auth: { clientId: config.clientId, authority: config.authority ?? DEFAULT_AUTHORITY },
      }),
    );
    return pca;
  };
  return {
    async getToken(scopes) {
      try {
        const client = await app();
        const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
        const request = { scopes: [...scopes] };
        try {
          const result = await client.acquireTokenSilent(
            account ? { ...request, account } : request,
          );
          return result.accessToken;
        } catch {
          const result = await client.acquireTokenPopup(request);
          if (result.account) client.setActiveAccount(result.account);
          return result.accessToken;
        }
      } catch (e) {
        throw authFailed(e);
      }
    },
  };
}

interface DialogReply {
  readonly status: 'ok' | 'error';
  readonly accessToken?: string;
  readonly expiresOn?: number;
  readonly code?: string;
}

/**
 * Office dialog fallback for hosts without nested app authentication: `auth-dialog.html` signs in
 * with MSAL in its own window and posts the token back with `messageParent`.
 */
function createDialogProvider(
  config: AddinConfig,
  office: AuthOffice,
  dialogUrl: string,
): TokenProvider {
  const cache = new Map<string, { token: string; expiresOn: number }>();
  return {
    getToken(scopes) {
      const key = [...scopes].sort().join(' ');
      const cached = cache.get(key);
      if (cached && cached.expiresOn - 5 * 60_000 > Date.now())
        return Promise.resolve(cached.token);
      const authority = config.authority
        ? `&authority=${encodeURIComponent(config.authority)}`
        : '';
      const url = `${dialogUrl}?clientId=${encodeURIComponent(config.clientId)}&scopes=${encodeURIComponent(key)}${authority}`;
      return new Promise<string>((resolve, reject) => {
        office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
          if (opened.status !== office.AsyncResultStatus.Succeeded) {
            reject(new GraphError(0, 'AuthFailed', opened.error.message));
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            let reply: DialogReply | undefined;
            try {
              reply = JSON.parse('message' in arg ? arg.message : '') as DialogReply;
            } catch {
              reply = undefined;
            }
            if (reply?.status === 'ok' && typeof reply.accessToken === 'string') {
              cache.set(key, {
                token: reply.accessToken,
                expiresOn: reply.expiresOn ?? Date.now() + 3_000_000,
              });
              resolve(reply.accessToken);
            } else {
              reject(new GraphError(0, 'AuthFailed', reply?.code ?? 'Sign-in failed.'));
            }
          });
          // 12006: the user closed the dialog.
          dialog.addEventHandler(office.EventType.DialogEventReceived, () => {
            reject(new GraphError(0, 'AuthCancelled', 'The sign-in dialog was closed.'));
          });
        });
      });
    },
  };
}

/**
 * Picks how the pane gets Graph tokens: MSAL nested app authentication where the host supports
 * NestedAppAuth 1.1, else the Office dialog.
 *
 * @example
 * const tokens = createTokenProvider(config, Office);
 * const token = await tokens.getToken(GRAPH_SCOPES);
 */
export function createTokenProvider(
  config: AddinConfig,
  office?: AuthOffice,
  dialogUrl = new URL(
    'auth-dialog.html',
    typeof location === 'undefined' ? 'https://localhost:3000/' : location.href,
  ).href,
): TokenProvider {
  const host =
    office ?? (typeof Office === 'undefined' ? undefined : (Office as unknown as AuthOffice));
  if (!host || host.context.requirements.isSetSupported('NestedAppAuth', '1.1'))
    return createNaaProvider(config);
  return createDialogProvider(config, host, dialogUrl);
}
