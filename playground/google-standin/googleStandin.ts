// A stand-in of the Google APIs the admin commands use, served over HTTP(S) to the real
// googleapis clients: the OAuth token endpoint (service-account JWT, RS256, domain-wide
// delegation scopes), Directory users.list (paged) and Gmail users.settings (vacation,
// autoForwarding, forwardingAddresses, filters, delegates). Never imported by production code.
import { randomBytes } from 'node:crypto';
import type { StandinResponse } from '../graph-standin/graphShapes.ts';
import { plannedFault } from '../standin-kit/faultPlan.ts';
import type { FaultPlan, RequestHooks } from '../standin-kit/faultPlan.ts';
import { formBody, verifyJwt } from '../standin-kit/verifyJwt.ts';
import { emptyGmailStore, gmailMail } from './gmailMail.ts';
import type { GmailMailStats, GmailStore } from './gmailMail.ts';
import { googleError, googleJson, oauthError } from './googleShapes.ts';

export const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const SCOPE = 'https://www.googleapis.com/auth/';

/** One Workspace user's Gmail settings, in the API's JSON shapes. */
export interface GoogleMailbox {
  primaryEmail: string;
  suspended?: boolean;
  isAdmin?: boolean;
  /** Gmail is off for this user: every settings call fails as Google answers then. */
  mailDisabled?: boolean;
  vacation?: Record<string, unknown>;
  autoForwarding?: { enabled: boolean; emailAddress?: string; disposition?: string };
  forwardingAddresses?: { forwardingEmail: string; verificationStatus: string }[];
  filters?: { id: string; criteria?: Record<string, unknown>; action?: Record<string, unknown> }[];
  delegates?: { delegateEmail: string; verificationStatus: string }[];
  /** Messages (headers only), labels and history; created empty on first use. */
  mail?: GmailStore;
}

export interface GoogleStandinOptions {
  readonly clientEmail: string;
  /** The service account's public key (PEM). */
  readonly publicKey: string;
  /** Scopes granted to the client in the Admin console's domain-wide delegation. */
  readonly delegatedScopes: readonly string[];
  readonly users: readonly GoogleMailbox[];
  /** Users per Directory page when the client asks for more (default 100, so 240 users make three pages). */
  readonly pageSize?: number;
  readonly latencyMs?: number;
  readonly faults?: FaultPlan;
  readonly hooks?: RequestHooks;
}

export interface GoogleStandinStats {
  requests: number;
  tokenRequests: number;
  throttled: number;
  serverErrors: number;
  dropped: number;
  /** Every scope set a token was issued for, as space-joined strings. */
  readonly grantedScopes: Set<string>;
  readonly directoryPages: number[];
  /** messages.get formats asked for and messages.modify calls. */
  readonly mail: GmailMailStats;
}

export interface GoogleStandin {
  handle(request: {
    method: string;
    url: string;
    headers: Readonly<Record<string, string | undefined>>;
    body: string;
  }): Promise<StandinResponse>;
  mailbox(address: string): GoogleMailbox | undefined;
  readonly stats: GoogleStandinStats;
}

interface Grant {
  readonly subject: string;
  readonly scopes: readonly string[];
}

const READ_SCOPES = [
  'gmail.settings.basic',
  'gmail.settings.sharing',
  'gmail.readonly',
  'gmail.modify',
].map((s) => SCOPE + s);

/** Creates the stand-in; its state lives in `options.users` (mutated by the API calls). */
export function createGoogleStandin(options: GoogleStandinOptions): GoogleStandin {
  const users = new Map(options.users.map((u) => [u.primaryEmail.toLowerCase(), u]));
  const ordered = [...users.values()].sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
  const grants = new Map<string, Grant>();
  const stats: GoogleStandinStats = {
    requests: 0,
    tokenRequests: 0,
    throttled: 0,
    serverErrors: 0,
    dropped: 0,
    grantedScopes: new Set(),
    directoryPages: [],
    mail: { formats: [], modifies: 0 },
  };
  let apiCount = 0;
  let filterCounter = 0;

  function token(body: string): StandinResponse {
    stats.tokenRequests += 1;
    const form = formBody(body);
    if (form['grant_type'] !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
      return oauthError(
        400,
        'unsupported_grant_type',
        'Invalid grant_type: ' + (form['grant_type'] ?? ''),
      );
    const check = verifyJwt(
      form['assertion'] ?? '',
      options.publicKey,
      Math.floor(Date.now() / 1000),
    );
    if (!check.ok)
      return oauthError(
        400,
        'invalid_grant',
        check.reason === 'invalid signature'
          ? 'Invalid JWT Signature.'
          : `Invalid JWT: ${check.reason}`,
      );
    const { claims } = check;
    if (claims['iss'] !== options.clientEmail)
      return oauthError(401, 'invalid_client', 'The OAuth client was not found.');
    if (claims['aud'] !== TOKEN_AUDIENCE)
      return oauthError(
        400,
        'invalid_grant',
        'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
      );
    const scopes = String(claims['scope'] ?? '')
      .split(' ')
      .filter((s) => s !== '');
    const subject = String(claims['sub'] ?? '').toLowerCase();
    if (scopes.length === 0)
      return oauthError(400, 'invalid_scope', 'Empty or missing scope not allowed.');
    if (scopes.some((s) => !options.delegatedScopes.includes(s)))
      return oauthError(
        401,
        'unauthorized_client',
        'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
      );
    if (!users.has(subject)) return oauthError(400, 'invalid_grant', 'Invalid email or User ID');
    const accessToken = `ya29.standin-${randomBytes(12).toString('hex')}`;
    grants.set(accessToken, { subject, scopes });
    stats.grantedScopes.add(scopes.join(' '));
    return googleJson(200, { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' });
  }

  function listUsers(url: URL, grant: Grant): StandinResponse {
    if (
      !grant.scopes.some(
        (s) =>
          s === SCOPE + 'admin.directory.user.readonly' || s === SCOPE + 'admin.directory.user',
      )
    )
      return googleError(403, 'Request had insufficient authentication scopes.');
    if (users.get(grant.subject)?.isAdmin !== true)
      return googleError(403, 'Not Authorized to access this resource/api');
    if (
      url.searchParams.get('customer') !== 'my_customer' &&
      url.searchParams.get('domain') === null
    )
      return googleError(400, 'Bad Request');
    const max = Math.min(
      Number(url.searchParams.get('maxResults') ?? 100),
      options.pageSize ?? 100,
      500,
    );
    const start = Number(url.searchParams.get('pageToken') ?? '0');
    const page = ordered.slice(start, start + max);
    stats.directoryPages.push(page.length);
    return googleJson(200, {
      kind: 'admin#directory#users',
      etag: '"standin"',
      users: page.map((u) => ({
        kind: 'admin#directory#user',
        primaryEmail: u.primaryEmail,
        suspended: u.suspended === true,
        isAdmin: u.isAdmin === true,
      })),
      ...(start + max < ordered.length ? { nextPageToken: String(start + max) } : {}),
    });
  }

  function gmail(
    method: string,
    rest: string[],
    grant: Grant,
    body: string,
    url: URL,
  ): StandinResponse {
    const [userId, settings, resource, item] = rest;
    const user =
      userId === 'me' || userId?.toLowerCase() === grant.subject
        ? users.get(grant.subject)
        : undefined;
    if (user === undefined) return googleError(403, 'Delegation denied for ' + grant.subject);
    if (['profile', 'history', 'messages', 'labels', 'threads'].includes(settings ?? '')) {
      if (user.mailDisabled === true) return googleError(400, 'Mail service not enabled');
      user.mail ??= emptyGmailStore();
      const mail = gmailMail(
        user.mail,
        user.primaryEmail,
        method,
        rest.slice(1),
        url,
        grant.scopes,
        body,
        stats.mail,
      );
      return mail ?? googleError(404, 'Not Found');
    }
    if (settings !== 'settings' || resource === undefined) return googleError(404, 'Not Found');
    if (user.mailDisabled === true) return googleError(400, 'Mail service not enabled');
    const canRead = grant.scopes.some((s) => READ_SCOPES.includes(s));
    const basic = grant.scopes.includes(SCOPE + 'gmail.settings.basic');
    const sharing = grant.scopes.includes(SCOPE + 'gmail.settings.sharing');
    const need = (ok: boolean) =>
      ok ? undefined : googleError(403, 'Request had insufficient authentication scopes.');
    const json = () => JSON.parse(body === '' ? '{}' : body) as Record<string, unknown>;
    switch (`${method} ${resource}${item === undefined ? '' : '/:item'}`) {
      case 'GET vacation':
        return need(canRead) ?? googleJson(200, user.vacation ?? { enableAutoReply: false });
      case 'PUT vacation':
        return need(basic) ?? googleJson(200, (user.vacation = json()));
      case 'GET autoForwarding':
        return need(canRead) ?? googleJson(200, user.autoForwarding ?? { enabled: false });
      case 'PUT autoForwarding': {
        const denied = need(sharing);
        if (denied) return denied;
        const next = json() as GoogleMailbox['autoForwarding'] & object;
        if (
          next.enabled &&
          !(user.forwardingAddresses ?? []).some(
            (a) => a.forwardingEmail === next.emailAddress && a.verificationStatus === 'accepted',
          )
        )
          return googleError(400, 'Unverified forwarding address');
        user.autoForwarding = next;
        return googleJson(200, next);
      }
      case 'GET forwardingAddresses':
        return (
          need(canRead) ??
          googleJson(
            200,
            (user.forwardingAddresses ?? []).length > 0
              ? { forwardingAddresses: user.forwardingAddresses }
              : {},
          )
        );
      case 'POST forwardingAddresses': {
        const denied = need(sharing);
        if (denied) return denied;
        const email = String(json()['forwardingEmail'] ?? '').toLowerCase();
        const list = (user.forwardingAddresses ??= []);
        if (list.some((a) => a.forwardingEmail === email))
          return googleError(409, 'Already exists');
        // Domain-wide delegation: addresses are accepted without a confirmation mail.
        const address = { forwardingEmail: email, verificationStatus: 'accepted' };
        list.push(address);
        return googleJson(200, address);
      }
      case 'GET forwardingAddresses/:item': {
        const found = (user.forwardingAddresses ?? []).find(
          (a) => a.forwardingEmail === decodeURIComponent(item ?? '').toLowerCase(),
        );
        return need(canRead) ?? (found ? googleJson(200, found) : googleError(404, 'Not Found'));
      }
      case 'DELETE forwardingAddresses/:item': {
        const denied = need(sharing);
        if (denied) return denied;
        const email = decodeURIComponent(item ?? '').toLowerCase();
        const list = user.forwardingAddresses ?? [];
        const index = list.findIndex((a) => a.forwardingEmail === email);
        if (index < 0) return googleError(404, 'Not Found');
        list.splice(index, 1);
        if (user.autoForwarding?.emailAddress === email) user.autoForwarding = { enabled: false };
        return googleJson(204, null);
      }
      case 'GET filters':
        return (
          need(canRead) ??
          googleJson(200, (user.filters ?? []).length > 0 ? { filter: user.filters } : {})
        );
      case 'POST filters': {
        const denied = need(basic);
        if (denied) return denied;
        filterCounter += 1;
        const filter = { id: `ANe1Bmj${filterCounter}`, ...(json() as object) };
        (user.filters ??= []).push(filter);
        return googleJson(200, filter);
      }
      case 'GET delegates':
        return (
          need(canRead) ??
          googleJson(200, (user.delegates ?? []).length > 0 ? { delegates: user.delegates } : {})
        );
      case 'POST delegates': {
        const denied = need(sharing);
        if (denied) return denied;
        const email = String(json()['delegateEmail'] ?? '').toLowerCase();
        const list = (user.delegates ??= []);
        if (list.some((d) => d.delegateEmail === email)) return googleError(409, 'Already exists');
        const delegate = { delegateEmail: email, verificationStatus: 'accepted' };
        list.push(delegate);
        return googleJson(200, delegate);
      }
      case 'DELETE delegates/:item': {
        const denied = need(sharing);
        if (denied) return denied;
        const email = decodeURIComponent(item ?? '').toLowerCase();
        const list = user.delegates ?? [];
        const index = list.findIndex((d) => d.delegateEmail === email);
        if (index < 0) return googleError(404, 'Not Found');
        list.splice(index, 1);
        return googleJson(204, null);
      }
      default:
        return googleError(404, 'Not Found');
    }
  }

  function route(
    method: string,
    url: URL,
    headers: Readonly<Record<string, string | undefined>>,
    body: string,
  ): StandinResponse {
    const path = url.pathname.replace(/\/+$/, '');
    if (method === 'POST' && path === '/token') return token(body);
    const auth = headers['authorization'] ?? '';
    const grant = grants.get(auth.replace(/^Bearer\s+/i, ''));
    if (grant === undefined)
      return googleError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    if (method === 'GET' && path === '/admin/directory/v1/users') return listUsers(url, grant);
    const gmailPath = /^\/gmail\/v1\/users\/(.+)$/.exec(path);
    if (gmailPath) return gmail(method, (gmailPath[1] ?? '').split('/'), grant, body, url);
    return googleError(404, 'Not Found');
  }

  async function handle(request: {
    method: string;
    url: string;
    headers: Readonly<Record<string, string | undefined>>;
    body: string;
  }): Promise<StandinResponse> {
    stats.requests += 1;
    const url = new URL(request.url);
    const info = { method: request.method, path: url.pathname };
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (options.hooks?.before?.(info) === true) return { status: 0, headers: {}, body: '' };
    if (url.pathname !== '/token') {
      apiCount += 1;
      const fault = plannedFault(options.faults ?? {}, apiCount);
      if (fault === 'drop') {
        stats.dropped += 1;
        return { status: 0, headers: {}, body: '' };
      }
      if (fault === 'server-error') {
        stats.serverErrors += 1;
        return googleError(503, 'The service is currently unavailable.');
      }
      if (fault === 'throttle') {
        stats.throttled += 1;
        return googleError(429, 'User-rate limit exceeded.', {
          'Retry-After': String(options.faults?.retryAfterSeconds ?? 1),
        });
      }
    }
    const answer = route(request.method.toUpperCase(), url, request.headers, request.body);
    if (options.hooks?.after?.(info) === true) return { status: 0, headers: {}, body: '' };
    return answer;
  }

  return { handle, mailbox: (address) => users.get(address.toLowerCase()), stats };
}
