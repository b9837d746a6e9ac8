import type { AddinConfig } from '../addinConfig.ts';
import type { GraphApi } from './graphApi.ts';
import type { RetryListener } from './graphClient.ts';

export type {
  AutomaticReplies,
  DateTimeTimeZone,
  FollowUpFlag,
  GraphApi,
  InboxMessage,
  InboxPage,
  MessageDetails,
  RedirectRule,
} from './graphApi.ts';
export type { RetryInfo, RetryListener } from './graphClient.ts';
export type { GraphError } from './graphError.ts';

export interface LoadGraphOptions {
  /** Called before each throttling wait: show "Väntar 5 s…". */
  readonly onRetry?: RetryListener;
  readonly fetch?: typeof fetch;
}

/**
 * The lazy door to auth and Graph: importing this file costs nothing at first paint; the MSAL and
 * Graph code is fetched on the first call.
 *
 * @example
 * const graph = await loadGraphApi(config, { onRetry: ({ waitMs }) => show(`Väntar ${waitMs / 1000} s…`) });
 */
export async function loadGraphApi(
  config: AddinConfig,
  options: LoadGraphOptions = {},
): Promise<GraphApi> {
  const [{ createTokenProvider, GRAPH_SCOPES }, { createGraphApi }] = await Promise.all([
    import('../auth/tokenProvider.ts'),
    import('./graphApi.ts'),
  ]);
  const tokens = createTokenProvider(config);
  return createGraphApi({
    baseUrl: config.graphBaseUrl,
    getToken: () => tokens.getToken(GRAPH_SCOPES),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
