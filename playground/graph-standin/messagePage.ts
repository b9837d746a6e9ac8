// One paging piece for every message list the Graph stand-in serves (the own inbox and Sent Items,
// and the shared mailboxes' folders): $top/$skip as Graph checks them, the conversation filter the
// pane sends, and the page with its @odata.nextLink.
import type { Json } from './graphShapes.ts';
import { BadRequest } from './requestErrors.ts';

/** $top and $skip of a message list; Graph's default page is 10 and its limit 1000. */
export interface PageQuery {
  readonly top: number;
  readonly skip: number;
}

/** Reads $top (1..1000, default 10) and $skip (≥ 0, default 0), or throws Graph's 400. */
export function pageQuery(params: URLSearchParams): PageQuery {
  const top = params.has('$top') ? Number(params.get('$top')) : 10;
  const skip = params.has('$skip') ? Number(params.get('$skip')) : 0;
  if (!Number.isInteger(top) || top < 1 || top > 1000) {
    throw new BadRequest(
      'ErrorInvalidUrlQuery',
      `Invalid value '${params.get('$top') ?? ''}' for query option $top (1-1000).`,
    );
  }
  if (!Number.isInteger(skip) || skip < 0)
    throw new BadRequest('ErrorInvalidUrlQuery', 'Invalid value for query option $skip.');
  return { top, skip };
}

/** The pane's `conversationId eq '…' [and sentDateTime ge …]` filter, or Graph's 400. */
export function conversationFilter(filter: string): {
  readonly conversationId: string;
  readonly since: number;
} {
  const match = /^conversationId eq '((?:[^']|'')*)'(?: and sentDateTime ge (\S+))?$/.exec(
    filter.trim(),
  );
  const since = match?.[2] === undefined ? -Infinity : Date.parse(match[2]);
  if (!match || Number.isNaN(since))
    throw new BadRequest(
      'ErrorInvalidUrlQueryFilter',
      'The query filter contains one or more invalid nodes.',
    );
  return { conversationId: (match[1] ?? '').replace(/''/g, "'"), since };
}

/**
 * One page of `items` (already filtered and sorted) with the list's context and, when more
 * follow, an @odata.nextLink that repeats the request's query with the next $skip.
 */
export function messagePage<T>(
  items: readonly T[],
  query: PageQuery,
  link: {
    readonly params: URLSearchParams;
    readonly base: string;
    readonly graphPath: string;
    readonly context: string;
  },
  render: (item: T) => Json,
): Json {
  const { top, skip } = query;
  const body: Json = {
    '@odata.context': link.context,
    value: items.slice(skip, skip + top).map(render),
  };
  if (skip + top < items.length) {
    const next = new URLSearchParams(link.params);
    next.set('$skip', String(skip + top));
    next.set('$top', String(top));
    body['@odata.nextLink'] =
      `${link.base}${link.graphPath}?${next.toString().replace(/\+/g, '%20')}`;
  }
  return body;
}
