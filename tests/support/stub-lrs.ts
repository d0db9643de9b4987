import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubLrsRequest {
  readonly method: string;
  readonly url: string;
  readonly version: string | undefined;
  readonly auth: string | undefined;
  readonly body: unknown;
}

/**
 * A small LRS on 127.0.0.1 that records every request: it stores statements by id (a repeated
 * id is 409, as Learning Locker answers), and can be cut (`down`: connections dropped), or
 * lose its answer once after storing (`loseNextAnswer`). CORS is open, for a page on another origin.
 * For cmi5 it answers a `/fetch/…` URL once with a token and the state `LMS.LaunchData` with `launchData`.
 */
export async function stubLrs(launchData: unknown = {}): Promise<{
  url: string;
  requests: StubLrsRequest[];
  stored: { id: string; verb: string }[];
  setDown: (down: boolean) => void;
  loseNextAnswer: () => void;
  close: () => Promise<void>;
}> {
  const requests: StubLrsRequest[] = [];
  const stored: { id: string; verb: string }[] = [];
  let down = false;
  let lose = false;
  const fetched = new Set<string>();
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => resolve(text));
    });
  const server: Server = createServer((req, res) => {
    if (down) return req.socket.destroy();
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    void read(req).then((text) => {
      const body: unknown = text ? JSON.parse(text) : undefined;
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        version: req.headers['x-experience-api-version'] as string | undefined,
        auth: req.headers.authorization,
        body,
      });
      const json = (status: number, data: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      // cmi5: the one-time fetch URL, then the launch data in the state API.
      if (req.method === 'POST' && req.url?.startsWith('/fetch/')) {
        if (fetched.has(req.url)) return json(400, { 'error-code': '1', 'error-text': 'already used' });
        fetched.add(req.url);
        return json(200, { 'auth-token': 'dG9rZW4tMQ==' });
      }
      if (
        req.method === 'GET' &&
        req.url?.startsWith('/xapi/activities/state') &&
        req.url.includes('LMS.LaunchData')
      )
        return json(200, launchData);
      if (req.method !== 'POST' || !req.url?.startsWith('/xapi/statements')) return res.writeHead(404).end();
      const list = (Array.isArray(body) ? body : [body]) as { id: string; verb: { id: string } }[];
      if (list.some((s) => stored.some((t) => t.id === s.id))) return res.writeHead(409).end('conflict');
      stored.push(...list.map((s) => ({ id: s.id, verb: s.verb.id.split('/').pop() ?? '' })));
      if (lose) {
        lose = false;
        return req.socket.destroy();
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list.map((s) => s.id)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stored,
    setDown: (value) => {
      down = value;
    },
    loseNextAnswer: () => {
      lose = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
