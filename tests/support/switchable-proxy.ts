import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy on 127.0.0.1 in front of `target` that can be cut: while `down`, every
 * connection is dropped without an answer, as when the network is gone.
 */
export async function switchableProxy(target: string): Promise<{
  url: string;
  setDown: (down: boolean) => void;
  close: () => Promise<void>;
}> {
  let down = false;
  const to = new URL(target);
  const server: Server = createServer((req, res) => {
    if (down) return req.socket.destroy();
    const forward = httpRequest(
      { host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setDown: (value) => {
      down = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
