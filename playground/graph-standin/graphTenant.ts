// App-only Microsoft Graph for the admin commands: the client-credentials token endpoint (checks
// the app's certificate-signed client assertion), /users and group members with paging, and
// each user's mailboxSettings and inbox messageRules. Errors in Graph's and Entra's shapes; 429
// with Retry-After per mailbox (4 concurrent requests, as Exchange Online allows) and injected
// faults. Never imported by production code.
import { createHash, X509Certificate } from 'node:crypto';
import { plannedFault } from '../standin-kit/faultPlan.ts';
import type { FaultPlan, RequestHooks } from '../standin-kit/faultPlan.ts';
import { formBody, verifyJwt } from '../standin-kit/verifyJwt.ts';
import { graphMail } from './graphMail.ts';
import type { GraphInbox, GraphMailStats } from './graphMail.ts';
import { graphError, json } from './graphShapes.ts';
import type { Json, StandinResponse } from './graphShapes.ts';

export interface TenantUser {
  id: string;
  mail: string | null;
  userPrincipalName: string;
  accountEnabled?: boolean;
  automaticRepliesSetting?: Json;
  rules?: Json[];
  /** No Exchange Online mailbox: mailbox calls fail as Graph answers then. */
  noMailbox?: boolean;
  /** The inbox (headers only) and sent mail; created empty on first use. */
  inbox?: GraphInbox;
}

export interface GraphTenantOptions {
  readonly tenantId: string;
  readonly clientId: string;
  /** The app registration's certificate (PEM). */
  readonly certificate: string;
  /** Application permissions granted (admin consent). */
  readonly roles: readonly string[];
  readonly users: readonly TenantUser[];
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /** Users per page (default 100: Graph's default page for /users). */
  readonly pageSize?: number;
  readonly latencyMs?: number;
  readonly faults?: FaultPlan;
  readonly hooks?: RequestHooks;
}

export interface GraphTenantStats {
  requests: number;
  tokenRequests: number;
  throttled: number;
  serverErrors: number;
  dropped: number;
  concurrencyThrottled: number;
  readonly pages: number[];
  /** Hosts of requests other than the token endpoint under login (discovery): must stay empty. */
  readonly discovery: string[];
  /** $select of mail reads and PATCH count. */
  readonly mail: GraphMailStats;
}

export interface GraphTenant {
  /** Whether a Graph path (after /v1.0) belongs to the tenant part. */
  owns(graphPath: string): boolean;
  /** Whether a path (no /v1.0) is the login host's (token, discovery). */
  ownsLogin(path: string): boolean;
  handle(request: {
    method: string;
    url: string;
    headers: Readonly<Record<string, string | undefined>>;
    body?: string;
  }): Promise<StandinResponse>;
  user(idOrAddress: string): TenantUser | undefined;
  readonly stats: GraphTenantStats;
}

const MAX_PER_MAILBOX = 4;

function entraError(
  status: number,
  error: string,
  code: string,
  description: string,
): StandinResponse {
  return json(status, {
    error,
    error_description: `${code}: ${description}`,
    error_codes: [Number(code.slice(5))],
    timestamp: new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z',
    trace_id: '00000000-0000-0000-0000-000000000000',
    correlation_id: '00000000-0000-0000-0000-000000000000',
  });
}

/** Creates the tenant stand-in (state lives in `options.users`). */
export function createGraphTenant(options: GraphTenantOptions): GraphTenant {
  const users = [...options.users];
  const find = (key: string) => {
    const k = decodeURIComponent(key).toLowerCase();
    return users.find(
      (u) =>
        u.id.toLowerCase() === k ||
        u.userPrincipalName.toLowerCase() === k ||
        u.mail?.toLowerCase() === k,
    );
  };
  const cert = new X509Certificate(options.certificate);
  const thumbprint256 = Buffer.from(cert.fingerprint256.replace(/:/g, ''), 'hex').toString(
    'base64url',
  );
  const thumbprint1 = Buffer.from(cert.fingerprint.replace(/:/g, ''), 'hex').toString('base64url');
  const tokenPath = `/${options.tenantId}/oauth2/v2.0/token`.toLowerCase();
  const stats: GraphTenantStats = {
    mail: { selects: [], patches: 0 },
    requests: 0,
    tokenRequests: 0,
    throttled: 0,
    serverErrors: 0,
    dropped: 0,
    concurrencyThrottled: 0,
    pages: [],
    discovery: [],
  };
  const issued = new Set<string>();
  const inFlight = new Map<string, number>();
  let apiCount = 0;
  let ruleCounter = 0;

  function token(_url: URL, body: string): StandinResponse {
    stats.tokenRequests += 1;
    const form = formBody(body);
    if (form['grant_type'] !== 'client_credentials')
      return entraError(
        400,
        'unsupported_grant_type',
        'AADSTS70003',
        'The app requested an unsupported grant type.',
      );
    if (form['client_id'] !== options.clientId)
      return entraError(
        400,
        'unauthorized_client',
        'AADSTS700016',
        `Application with identifier '${form['client_id'] ?? ''}' was not found in the directory.`,
      );
    if (form['scope'] !== 'https://graph.microsoft.com/.default')
      return entraError(
        400,
        'invalid_scope',
        'AADSTS1002012',
        'The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.',
      );
    if (form['client_assertion_type'] !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return entraError(
        401,
        'invalid_client',
        'AADSTS7000218',
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    const check = verifyJwt(
      form['client_assertion'] ?? '',
      cert.publicKey,
      Math.floor(Date.now() / 1000),
    );
    if (!check.ok)
      return entraError(
        401,
        'invalid_client',
        'AADSTS700027',
        `Client assertion failed signature validation (${check.reason}).`,
      );
    const { header, claims } = check;
    if (header['x5t#S256'] !== thumbprint256 && header['x5t'] !== thumbprint1)
      return entraError(
        401,
        'invalid_client',
        'AADSTS700027',
        'The certificate with identifier used to sign the client assertion is not registered on application.',
      );
    const audience = `https://login.microsoftonline.com/${options.tenantId}/oauth2/v2.0/token`;
    if (claims['aud'] !== audience)
      return entraError(
        401,
        'invalid_client',
        'AADSTS700024',
        'Client assertion audience claim does not match Realm issuer.',
      );
    if (claims['iss'] !== options.clientId || claims['sub'] !== options.clientId)
      return entraError(
        401,
        'invalid_client',
        'AADSTS700023',
        'Client assertion issuer and subject must be the client id.',
      );
    const payload = Buffer.from(
      JSON.stringify({
        aud: 'https://graph.microsoft.com',
        tid: options.tenantId,
        appid: options.clientId,
        roles: options.roles,
        iat: Math.floor(Date.now() / 1000),
      }),
    ).toString('base64url');
    const access = `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${payload}.${createHash('sha256').update(String(stats.tokenRequests)).digest('base64url')}`;
    issued.add(access);
    return json(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: access,
    });
  }

  const has = (...roles: string[]) => roles.some((r) => options.roles.includes(r));
  const denied = () =>
    graphError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
      Date.now(),
    );
  const directoryDenied = () =>
    graphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
      Date.now(),
    );

  function page(
    list: readonly TenantUser[],
    url: URL,
    base: string,
    path: string,
  ): StandinResponse {
    const top = Math.min(Number(url.searchParams.get('$top') ?? 100), options.pageSize ?? 100, 999);
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const slice = list.slice(skip, skip + top);
    stats.pages.push(slice.length);
    const select = (url.searchParams.get('$select') ?? 'id,mail,userPrincipalName').split(',');
    const body: Json = {
      '@odata.context': `${base}/$metadata#users(${select.join(',')})`,
      value: slice.map((u) =>
        Object.fromEntries(
          select.map((k) => [
            k,
            (u as unknown as Json)[k] ?? (k === 'accountEnabled' ? true : null),
          ]),
        ),
      ),
    };
    if (skip + top < list.length) {
      const next = new URLSearchParams(url.searchParams);
      next.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = `https://graph.microsoft.com/v1.0${path}?${next.toString()}`;
    }
    return json(200, body);
  }

  function mailbox(
    method: string,
    user: TenantUser,
    rest: string,
    body: string | undefined,
    url: URL,
  ): StandinResponse {
    if (user.noMailbox === true)
      return graphError(
        404,
        'MailboxNotEnabledForRESTAPI',
        'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
        Date.now(),
      );
    user.inbox ??= { seq: 0, messages: [], sent: [] };
    const mail = graphMail(user.inbox, user.id, method, rest, url, body, has, stats.mail);
    if (mail !== undefined) return mail;
    const lower = rest.toLowerCase();
    if (lower === '/mailboxsettings' || lower === '/mailboxsettings/automaticrepliessetting') {
      if (method !== 'GET')
        return graphError(
          405,
          'BadRequest',
          'The HTTP method is not allowed for this resource.',
          Date.now(),
        );
      if (!has('MailboxSettings.Read', 'MailboxSettings.ReadWrite')) return denied();
      const replies = user.automaticRepliesSetting ?? {
        status: 'disabled',
        externalAudience: 'all',
        internalReplyMessage: '',
        externalReplyMessage: '',
      };
      const select = url.searchParams.get('$select');
      if (lower.endsWith('automaticrepliessetting')) return json(200, replies);
      return json(200, {
        '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${user.id}')/mailboxSettings`,
        ...(select === null || select.includes('automaticRepliesSetting')
          ? { automaticRepliesSetting: replies }
          : {}),
        ...(select === null ? { timeZone: 'W. Europe Standard Time' } : {}),
      });
    }
    if (lower === '/mailfolders/inbox/messagerules') {
      if (method === 'GET') {
        if (!has('MailboxSettings.Read', 'MailboxSettings.ReadWrite')) return denied();
        return json(200, {
          '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${user.id}')/mailFolders('inbox')/messageRules`,
          value: user.rules ?? [],
        });
      }
      if (method === 'POST') {
        if (!has('MailboxSettings.ReadWrite')) return denied();
        const rule = JSON.parse(body ?? '{}') as Json;
        if (typeof rule['displayName'] !== 'string')
          return graphError(
            400,
            'ErrorInvalidRequest',
            "The rule's displayName is required.",
            Date.now(),
          );
        ruleCounter += 1;
        const created = {
          id: `AQAABg${ruleCounter}=`,
          hasError: false,
          isReadOnly: false,
          isEnabled: true,
          sequence: 1,
          ...rule,
        };
        (user.rules ??= []).push(created);
        return json(201, created);
      }
    }
    const ruleMatch = /^\/mailfolders\/inbox\/messagerules\/([^/]+)$/i.exec(rest);
    if (ruleMatch && method === 'DELETE') {
      if (!has('MailboxSettings.ReadWrite')) return denied();
      const id = decodeURIComponent(ruleMatch[1] ?? '');
      const index = (user.rules ?? []).findIndex((r) => r['id'] === id);
      if (index < 0)
        return graphError(
          404,
          'ErrorItemNotFound',
          'The specified object was not found in the store.',
          Date.now(),
        );
      user.rules?.splice(index, 1);
      return json(204, null);
    }
    return graphError(
      400,
      'BadRequest',
      `Resource not found for the segment '${rest.split('/').pop() ?? ''}'.`,
      Date.now(),
    );
  }

  function route(
    method: string,
    url: URL,
    base: string,
    graphPath: string,
    body: string | undefined,
  ): StandinResponse {
    const path = graphPath.replace(/\/+$/, '');
    if (path.toLowerCase() === '/users' && method === 'GET') {
      if (!has('User.Read.All', 'User.ReadBasic.All', 'Directory.Read.All'))
        return directoryDenied();
      return page(users, url, base, path);
    }
    const members = /^\/groups\/([^/]+)\/members(?:\/microsoft\.graph\.user)?$/i.exec(path);
    if (members && method === 'GET') {
      if (!has('GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'))
        return directoryDenied();
      const ids = options.groups?.[decodeURIComponent(members[1] ?? '')];
      if (ids === undefined)
        return graphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${members[1] ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
          Date.now(),
        );
      return page(
        users.filter((u) => ids.includes(u.id)),
        url,
        base,
        path,
      );
    }
    const userMatch = /^\/users\/([^/]+)(\/.*)$/i.exec(path);
    if (userMatch) {
      const user = find(userMatch[1] ?? '');
      if (user === undefined)
        return graphError(
          404,
          'ErrorInvalidUser',
          `The requested user '${decodeURIComponent(userMatch[1] ?? '')}' is invalid.`,
          Date.now(),
        );
      return mailbox(method, user, userMatch[2] ?? '', body, url);
    }
    return graphError(
      400,
      'BadRequest',
      `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`,
      Date.now(),
    );
  }

  async function handle(request: {
    method: string;
    url: string;
    headers: Readonly<Record<string, string | undefined>>;
    body?: string;
  }): Promise<StandinResponse> {
    stats.requests += 1;
    const url = new URL(request.url);
    // Exchange Online counts concurrent requests per mailbox across their whole duration.
    const mailboxKey = /\/v1\.0\/users\/([^/]+)\//i.exec(url.pathname)?.[1]?.toLowerCase();
    const concurrent = mailboxKey === undefined ? 0 : (inFlight.get(mailboxKey) ?? 0) + 1;
    if (mailboxKey !== undefined) inFlight.set(mailboxKey, concurrent);
    try {
      if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      return serve(request, url, concurrent);
    } finally {
      if (mailboxKey !== undefined) inFlight.set(mailboxKey, (inFlight.get(mailboxKey) ?? 1) - 1);
    }
  }

  function serve(
    request: {
      method: string;
      headers: Readonly<Record<string, string | undefined>>;
      body?: string;
    },
    url: URL,
    concurrent: number,
  ): StandinResponse {
    const method = request.method.toUpperCase();
    const info = { method, path: url.pathname };
    if (options.hooks?.before?.(info) === true) return { status: 0, headers: {}, body: '' };
    if (!url.pathname.includes('/v1.0')) {
      if (method === 'POST' && url.pathname.toLowerCase() === tokenPath) {
        const answer = token(url, request.body ?? '');
        return options.hooks?.after?.(info) === true
          ? { status: 0, headers: {}, body: '' }
          : answer;
      }
      stats.discovery.push(url.pathname);
      return json(404, { error: 'not_found' });
    }
    const graphPath = decodeURI(url.pathname.slice(url.pathname.indexOf('/v1.0') + 5));
    const auth = (request.headers['authorization'] ?? '').replace(/^Bearer\s+/i, '');
    if (!issued.has(auth))
      return graphError(
        401,
        'InvalidAuthenticationToken',
        'Access token validation failure. Invalid audience.',
        Date.now(),
      );
    apiCount += 1;
    const fault = plannedFault(options.faults ?? {}, apiCount);
    if (fault === 'drop') {
      stats.dropped += 1;
      return { status: 0, headers: {}, body: '' };
    }
    if (fault === 'server-error') {
      stats.serverErrors += 1;
      return graphError(
        503,
        'ServiceUnavailable',
        'The service is temporarily unavailable. Please retry later.',
        Date.now(),
      );
    }
    if (fault === 'throttle') {
      stats.throttled += 1;
      return graphError(429, 'TooManyRequests', 'Too many requests.', Date.now(), {
        'Retry-After': String(options.faults?.retryAfterSeconds ?? 1),
      });
    }
    if (concurrent > MAX_PER_MAILBOX) {
      stats.concurrencyThrottled += 1;
      return graphError(
        429,
        'ApplicationThrottled',
        'Application is over its MailboxConcurrency limit.',
        Date.now(),
        { 'Retry-After': '1' },
      );
    }
    const answer = route(method, url, `${url.origin}/v1.0`, graphPath, request.body);
    return options.hooks?.after?.(info) === true ? { status: 0, headers: {}, body: '' } : answer;
  }

  return {
    owns: (graphPath) => /^\/(users|groups)(\/|$|\?)/i.test(graphPath),
    ownsLogin: (path) => !path.includes('/v1.0') && !path.startsWith('/__standin'),
    handle,
    user: find,
    stats,
  };
}
