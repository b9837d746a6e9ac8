// MSAL's network module over our transport, so the token request goes through HTTPS_PROXY too
// (msal-node's own client is plain fetch, which ignores the proxy variables).
import type { Agent } from 'node:http';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { sendHttp } from '../net/httpRequest.ts';

/** An INetworkModule for msal-node's `system.networkClient`. */
export function msalNetworkClient(
  agentFor: (url: URL) => Agent,
  rewrite: (url: string) => string,
): INetworkModule {
  const send = async <T>(
    method: string,
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ) => {
    const response = await sendHttp(
      {
        method,
        url: rewrite(url),
        headers: options?.headers ?? {},
        ...(options?.body !== undefined ? { body: options.body } : {}),
        ...(timeout !== undefined ? { timeoutMs: timeout } : {}),
      },
      agentFor,
    );
    let body: T;
    try {
      body = JSON.parse(response.body === '' ? '{}' : response.body) as T;
    } catch {
      body = {} as T;
    }
    return {
      headers: response.headers,
      body,
      status: response.status,
    } satisfies NetworkResponse<T>;
  };
  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
