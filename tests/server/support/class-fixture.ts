import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassphrase } from '../../../server/auth/passphrase.ts';
import { buildServer, type ServerOptions } from '../../../server/main.ts';
import { createInstructor } from '../../../server/store/accounts.ts';
import { playAttempt, seededRandom, type Attempt } from '../../../tools/lib/bench-server-attempts.ts';
import { compileInk } from '../../../tools/lib/compile-ink.ts';
import { storyFile } from '../../support/cases.ts';
import { someStories, testDatabase, type Backend } from './backends.ts';

export const setupToken = 'setup-token-for-tests-0123456789abcdefghijk';
export const testCases = ['theft_16', 'lost_child_5'] as const;
export const passphrase = 'una frase de acceso larga';

const jsons = new Map<string, string>();
/** The compiled story of a case (cached for the test file). */
export function storyJson(caseId: string, lang: 'es' | 'en' = 'es'): string {
  const key = `${caseId}/${lang}`;
  if (!jsons.has(key)) jsons.set(key, compileInk(storyFile(caseId, lang)).json!);
  return jsons.get(key)!;
}

let counter = 0;
/** A finished attempt played with the engine; choices random (seeded) unless given. */
export function attempt(options: {
  caseId?: string;
  mode?: 'practice' | 'evaluation';
  recordId?: string;
  seed?: number;
  choices?: number[];
}): Attempt {
  counter++;
  return playAttempt({
    json: storyJson(options.caseId ?? 'theft_16'),
    recordId: options.recordId ?? `rec-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    trainee: { name: 'Rosa Quispe', code: '12345' },
    mode: options.mode ?? 'evaluation',
    random: seededRandom(options.seed ?? counter),
    startedAt: Date.now() - 600_000,
    choices: options.choices,
  });
}

/** Any API answer, for reading fields in tests. */
export interface Answer {
  readonly error?: string;
  readonly reason?: string;
  readonly witnessed?: boolean | null;
  readonly status?: string;
  readonly records?: readonly Record<string, unknown>[];
}

export interface Instructor {
  readonly cookie: string;
  readonly csrf: string;
  readonly username: string;
}

/** A server on a fresh database with its first instructor signed in. */
export class ClassFixture {
  private constructor(
    readonly app: FastifyInstance,
    readonly first: Instructor,
    private readonly drop: () => Promise<void>,
  ) {}

  static async start(backend: Backend, options: ServerOptions = {}): Promise<ClassFixture> {
    const db = await testDatabase(backend);
    const app = buildServer({
      databaseUrl: db.url,
      setupToken,
      storiesDir: someStories(testCases),
      ...options,
    });
    await app.ready();
    const res = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: setupToken, username: 'ana', passphrase },
    });
    if (res.statusCode !== 201) throw new Error(`setup failed: ${res.body}`);
    return new ClassFixture(app, signedIn(res, 'ana'), db.drop);
  }

  /** Listens on a free port of 127.0.0.1, for a browser; returns the server's address. */
  async listen(): Promise<string> {
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const address = this.app.server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.drop();
  }

  /** Another instructor account (made in the store, as no route creates one yet), signed in. */
  async addInstructor(username: string): Promise<Instructor> {
    await createInstructor(this.app.classServer.database!.db, username, await hashPassphrase(passphrase));
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username, passphrase },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
    return signedIn(res, username);
  }

  async newClass(by: Instructor = this.first, name = 'Aula A'): Promise<{ id: string; code: string }> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/classes',
      headers: { cookie: by.cookie, 'x-csrf-token': by.csrf },
      payload: { name },
    });
    return res.json<{ id: string; code: string }>();
  }

  async join(
    classCode: string,
    name = 'Rosa Quispe',
    code = '12345',
  ): Promise<{ token: string; traineeId: string }> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { classCode, name, code },
    });
    if (res.statusCode !== 201) throw new Error(`join failed: ${res.body}`);
    return res.json<{ token: string; traineeId: string }>();
  }

  put(url: string, token: string, payload: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'PUT',
      url,
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });
  }

  /** Sends each progress upload in order, then the record. */
  async play(token: string, a: Attempt, withProgress = true): Promise<LightMyRequestResponse> {
    if (withProgress)
      for (const u of a.uploads) await this.put(`/api/attempts/${a.record.recordId}/progress`, token, u);
    return this.put(`/api/records/${a.record.recordId}`, token, a.record);
  }

  async classRecords(classId: string, by: Instructor = this.first): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'GET',
      url: `/api/classes/${classId}/records`,
      headers: { cookie: by.cookie },
    });
  }
}

/** The cookie and CSRF token of a setup or sign-in answer. */
export function signedIn(res: LightMyRequestResponse, username: string): Instructor {
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: res.json<{ csrfToken: string }>().csrfToken, username };
}
