/**
 * The class server. `npm run serve` builds the simulator if dist/ is stale, then
 * starts it; PORT, DATA_DIR (default ./data/), DATABASE_URL and HOST come from the
 * environment.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClientIfNeeded } from './build-client.ts';
import { startServer } from './start-server.ts';

export { buildServer, type ServerOptions } from './build-server.ts';
export { startServer, type StartOptions } from './start-server.ts';

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) buildClientIfNeeded();
  const app = await startServer({
    port: Number(process.env.PORT ?? 8080),
    dataDir: process.env.DATA_DIR ?? 'data',
    databaseUrl: process.env.DATABASE_URL || undefined,
    host: process.env.HOST ?? '0.0.0.0',
  });
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
