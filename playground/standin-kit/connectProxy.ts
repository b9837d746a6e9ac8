// A minimal HTTPS forward proxy (HTTP CONNECT), like a municipality's: it records which hosts were
// asked for and tunnels each to the port `route` gives (the stand-ins, in tests).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

export interface ConnectProxy {
  readonly url: string;
  /** host:port of every CONNECT, in order. */
  readonly connects: string[];
  close(): Promise<void>;
}

/** Starts the proxy; `route(host)` returns the local port to tunnel to, or undefined to refuse (502). */
export async function startConnectProxy(
  route: (host: string) => number | undefined,
): Promise<ConnectProxy> {
  const connects: string[] = [];
  const tunnels = new Set<{ destroy(): void }>();
  const server = createServer((_req, res) => {
    res.writeHead(405).end('CONNECT only');
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    connects.push(target);
    const host = target.replace(/:\d+$/, '');
    const port = route(host);
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tunnel of tunnels) tunnel.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
