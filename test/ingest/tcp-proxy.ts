// A TCP proxy in front of Neo4j that a test can cut, to do to a worker what a Neo4j restart does:
// every connection drops, new ones are refused for a while, then everything works again.
import net from 'node:net';

export interface CuttableProxy {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  /** Drops all connections and refuses new ones until `restore`. */
  cut(): void;
  restore(): void;
  /** Connections dropped by `cut` so far. */
  dropped(): number;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<CuttableProxy> {
  const url = new URL(target.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
  const host = url.hostname;
  const port = Number(url.port || 7687);
  const sockets = new Set<net.Socket>();
  let down = false;
  let dropped = 0;
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(port, host);
    sockets.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${addr.port}`,
    cut() {
      down = true;
      dropped += sockets.size / 2;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      down = false;
    },
    dropped: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
