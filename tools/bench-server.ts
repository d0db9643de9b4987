/**
 * npm run bench:server [-- --trainees 40 --attempts 3]
 *   Load test of the class server on 127.0.0.1 only: a server process on a temporary
 *   DATA_DIR (PGlite), trainees × 8 cases × attempts played with the engine (seeded
 *   random walks), each trainee posting its progress and records at once with the
 *   others. Prints records/s, p95 latency and, checked in the database afterwards,
 *   that no record was lost or duplicated. Then the same on a fresh folder with the
 *   server killed (SIGKILL) in the middle and restarted; the clients retry until accepted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/open-database.ts';
import { playAttempt, seededRandom, type Attempt } from './lib/bench-server-attempts.ts';
import { percentile, runTrainees, type Trainee } from './lib/bench-server-clients.ts';
import { freePort, ServerProcess } from './lib/bench-server-process.ts';
import { compileInk } from './lib/compile-ink.ts';
import { findStoryTargets } from './lib/find-stories.ts';
import { runCli } from './lib/run-cli.ts';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function generate(traineeCount: number, attemptsPerCase: number): Attempt[][] {
  const stories = findStoryTargets(['stories']).folders.map((dir) => compileInk(join(dir, 'es.ink')).json!);
  const random = seededRandom(20_251_207);
  const start = Date.UTC(2025, 11, 7, 9);
  return Array.from({ length: traineeCount }, (_, t) =>
    stories.flatMap((json, c) =>
      Array.from({ length: attemptsPerCase }, (_, k) =>
        playAttempt({
          json,
          recordId: `bench-t${t}-c${c}-a${k}`,
          trainee: { name: `Cadete ${t + 1}`, code: `CIP${1000 + t}` },
          mode: k === attemptsPerCase - 1 ? 'evaluation' : 'practice',
          random,
          startedAt: start + (c * attemptsPerCase + k) * 600_000,
          pace: 3000,
        }),
      ),
    ),
  );
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** First instructor, one class, every trainee joined. */
async function prepare(server: ServerProcess, printed: string, attempts: Attempt[][]): Promise<Trainee[]> {
  const token = /\/setup\/([\w-]+)/.exec(printed)?.[1];
  if (!token) throw new Error(`no setup link in:\n${printed}`);
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const setup = await post('/api/setup', { token, username: 'bench', passphrase: 'bench passphrase' });
  const { csrfToken } = await json<{ csrfToken: string }>(setup);
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  const cls = await json<{ code: string }>(
    await post('/api/classes', { name: 'Bench' }, { cookie, 'x-csrf-token': csrfToken }),
  );
  return Promise.all(
    attempts.map(async (list, t) => {
      const joined = await json<{ token: string }>(
        await post('/api/join', { classCode: cls.code, name: `Cadete ${t + 1}`, code: `CIP${1000 + t}` }),
      );
      return { token: joined.token, attempts: list };
    }),
  );
}

/** Counts what the database holds, after the server has stopped. */
async function audit(dataDir: string, expected: readonly Attempt[]) {
  const opened = await openDatabase({ dataDir });
  try {
    const rows = await opened.db
      .selectFrom('records')
      .select(['record_id', 'status', 'witnessed', 'mode'])
      .execute();
    const ids = new Set(rows.map((r) => r.record_id));
    const tally = (pick: (r: (typeof rows)[number]) => string) =>
      rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [pick(r)]: (acc[pick(r)] ?? 0) + 1 }), {});
    return {
      lost: expected.filter((a) => !ids.has(a.record.recordId)).length,
      duplicated: rows.length - ids.size,
      unexpected: [...ids].filter((id) => !expected.some((a) => a.record.recordId === id)).length,
      status: tally((r) => r.status),
      witnessed: tally((r) => `${r.mode}:${String(r.witnessed)}`),
    };
  } finally {
    await opened.close();
  }
}

async function phase(name: string, attempts: Attempt[][], killAfter: number | null): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pc-bench-server-'));
  const server = new ServerProcess(await freePort(), dataDir);
  try {
    const printed = await server.start();
    const trainees = await prepare(server, printed, attempts);
    const all = attempts.flat();
    let restart: Promise<number> | undefined;
    const started = performance.now();
    let lastShown = 0;
    const stats = await runTrainees(
      () => server.base,
      trainees,
      (accepted) => {
        if (accepted - lastShown >= 120) {
          lastShown = accepted;
          process.stderr.write(`  ${name}: ${accepted}/${all.length} records\n`);
        }
        if (killAfter !== null && accepted === killAfter && !restart) {
          restart = (async () => {
            const down = performance.now();
            await server.kill();
            process.stderr.write(
              `  ${name}: server killed (SIGKILL) after ${accepted} records; restarting\n`,
            );
            await server.start();
            return performance.now() - down;
          })();
        }
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const downMs = restart ? await restart : 0;
    await server.stop();
    const found = await audit(dataDir, all);
    const ok =
      found.lost === 0 && found.duplicated === 0 && found.unexpected === 0 && stats.refused.length === 0;
    console.log(
      `${name}: ${all.length} records (${stats.progressLatencies.length} progress uploads) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  records/s ${(all.length / seconds).toFixed(1)}; p95 latency record ${percentile(stats.recordLatencies, 95).toFixed(0)} ms, progress ${percentile(stats.progressLatencies, 95).toFixed(0)} ms`,
    );
    if (killAfter !== null)
      console.log(
        `  killed after ${killAfter} records; down and back in ${(downMs / 1000).toFixed(1)} s; ${stats.retries} retried requests`,
      );
    console.log(
      `  in the database: lost=${found.lost} duplicated=${found.duplicated} unexpected=${found.unexpected} refused=${stats.refused.length}`,
    );
    console.log(`  status ${JSON.stringify(found.status)}; witnessed ${JSON.stringify(found.witnessed)}`);
    if (stats.refused.length > 0) console.log(`  refused: ${stats.refused.slice(0, 5).join('; ')}`);
    return ok;
  } finally {
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli(async () => {
  const trainees = option('--trainees', 40);
  const attemptsPerCase = option('--attempts', 3);
  const t0 = performance.now();
  const attempts = generate(trainees, attemptsPerCase);
  const total = attempts.flat().length;
  console.log(
    `generated ${total} attempts (${trainees} trainees × ${attempts[0]?.length ?? 0} attempts) with the engine in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const steady = await phase('steady', attempts, null);
  const killed = await phase('kill+restart', attempts, Math.floor(total / 2));
  return steady && killed ? 0 : 1;
});
