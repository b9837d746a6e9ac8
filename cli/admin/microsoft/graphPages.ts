// Every item of a Graph collection, page by page through @odata.nextLink.
import type { GraphConnection } from './graphConnection.ts';
import { graphRequest } from './graphRequest.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

interface Page<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/** The items of the collection at `first`, following nextLink until the last page. */
export async function* graphPages<T>(
  graph: GraphConnection,
  first: string,
  retry: Retry,
): AsyncGenerator<T> {
  let url: string | undefined = first;
  while (url !== undefined) {
    const current: string = url;
    const page = await retry(() => graphRequest<Page<T>>(graph, 'GET', current));
    yield* page.value;
    url = page['@odata.nextLink'];
  }
}
