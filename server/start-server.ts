import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from './build-server.ts';

export interface StartOptions extends Omit<ServerOptions, 'dataDir'> {
  readonly port?: number;
  /** Default ./data/ (used unless databaseUrl is given). */
  readonly dataDir?: string;
  /** Default 0.0.0.0 (the local network). */
  readonly host?: string;
  /** Where the startup lines go (default console.log). */
  readonly print?: (line: string) => void;
}

/** The first IPv4 address of this machine on the local network, if any. */
export function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** Starts the class server on a real socket and prints where to open it (and the setup link on first start). */
export async function startServer(options: StartOptions = {}): Promise<FastifyInstance> {
  const host = options.host ?? '0.0.0.0';
  const app = buildServer({
    ...options,
    dataDir: options.databaseUrl ? undefined : (options.dataDir ?? 'data'),
  });
  await app.listen({ port: options.port ?? 8080, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shown = host === '0.0.0.0' || host === '::' ? (lanAddress() ?? '127.0.0.1') : host;
  const base = `http://${shown}:${port}`;
  const print = options.print ?? ((line: string) => console.log(line));
  const db =
    app.classServer.database?.kind === 'postgresql'
      ? 'PostgreSQL (DATABASE_URL)'
      : `PGlite in ${options.dataDir ?? 'data'}`;
  print(`Primer Contacto — aula / class server (${db})`);
  print(`  Simulador / simulator:   ${base}/`);
  print(`  Instructor:              ${base}/instructor/`);
  if (app.classServer.setupToken) {
    print('  Primer inicio: cree la cuenta del instructor con este enlace (una sola vez):');
    print('  First start: create the instructor account with this one-time link:');
    print(`  ${base}/setup/${app.classServer.setupToken}`);
  }
  return app;
}
