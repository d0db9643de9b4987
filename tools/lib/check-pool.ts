import { fork, type ChildProcess } from 'node:child_process';
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What checking one case folder printed and found. */
export interface FolderResult {
  readonly folder: string;
  readonly lines: readonly string[];
  readonly problems: number;
  readonly stories: number;
}

type Reply = { result: FolderResult } | { error: string };

const folderBytes = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.ink'))
    .reduce((sum, f) => sum + statSync(join(folder, f)).size, 0);

/**
 * Checks case folders in `jobs` child processes running `script` (which answers
 * {folder} messages through `serveFolderChecks`), the largest folders first so the
 * processes finish together. Results come back in the folders' given order.
 */
export async function checkInProcesses(script: string, folders: readonly string[], jobs: number) {
  const queue = [...folders].sort((a, b) => folderBytes(b) - folderBytes(a));
  const results = new Map<string, FolderResult>();
  const worker = (child: ChildProcess) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const folder = queue.shift();
        if (folder === undefined) return void child.disconnect();
        child.send({ folder });
      };
      child.on('message', (reply: Reply) => {
        if ('error' in reply) return reject(new Error(reply.error));
        results.set(reply.result.folder, reply.result);
        next();
      });
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`a story check process stopped (exit ${code})`)),
      );
      next();
    });
  const children = Array.from({ length: jobs }, () =>
    fork(script, [], {
      env: { ...process.env, PC_CHECK_WORKER: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  try {
    await Promise.all(children.map(worker));
  } finally {
    children.forEach((c) => c.connected && c.kill());
  }
  return folders.map((f) => results.get(f)!);
}

/** In a child process: checks each folder the parent sends and replies with the result. */
export function serveFolderChecks(check: (folder: string) => FolderResult): void {
  process.on('message', (message: { folder: string }) => {
    try {
      process.send!({ result: check(message.folder) } satisfies Reply);
    } catch (error) {
      process.send!({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}
