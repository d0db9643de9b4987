import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../server/db/open-database.ts';
import { migrate, statementsOf } from '../../server/db/migrate.ts';
import type { Database } from '../../server/db/schema.ts';
import { StoryCatalog } from '../../server/scoring/story-catalog.ts';
import {
  createInstructor,
  findSession,
  openSession,
  sessionLifetimeMs,
} from '../../server/store/accounts.ts';
import { createClass, findTraineeByToken, joinClass } from '../../server/store/classes.ts';
import { putProgress, wasWitnessed } from '../../server/store/progress.ts';
import { findRecord, insertRecord } from '../../server/store/records.ts';
import { backends, postgresRequired, someStories, testDatabase } from './support/backends.ts';
import { attempt } from './support/class-fixture.ts';

it('has a PostgreSQL server to test against when run in CI (DATABASE_URL)', () => {
  if (postgresRequired)
    expect(process.env.DATABASE_URL, 'CI must export DATABASE_URL').toMatch(/^postgres(ql)?:\/\//);
});

it('splits a migration file into statements, without comments', () => {
  expect(statementsOf('-- note; here\nCREATE TABLE a (x int);\n\nCREATE INDEX i ON a (x);\n')).toEqual([
    'CREATE TABLE a (x int)',
    'CREATE INDEX i ON a (x)',
  ]);
});

describe.each(backends())('store (%s)', (backend) => {
  let open: OpenDatabase;
  let db: Kysely<Database>;
  let drop: () => Promise<void>;
  let classId: string;
  let classCode: string;
  let instructorId: string;
  beforeAll(async () => {
    const target = await testDatabase(backend);
    drop = target.drop;
    open = await openDatabase({ databaseUrl: target.url });
    db = open.db;
    instructorId = (await createInstructor(db, 'ana', 'scrypt$x')).id;
    ({ id: classId, code: classCode } = await createClass(db, instructorId, 'Aula'));
  });
  afterAll(async () => {
    await open.close();
    await drop();
  });

  it('applies each migration once and is on the expected backend', async () => {
    expect(open.kind).toBe(backend);
    expect(await migrate(db)).toEqual([]);
    const rows = await db.selectFrom('schema_migrations').select('name').execute();
    const files = readdirSync(join('server', 'migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.name).sort()).toEqual(files);
  });

  it('reads bigint times and seeds back as numbers', async () => {
    const { rows } = await sql<{ n: number }>`SELECT ${-9_007_199_254_740_991}::bigint AS n`.execute(db);
    expect(rows[0]!.n).toBe(-9_007_199_254_740_991);
  });

  it('sessions expire and tokens are stored only as hashes', async () => {
    const { token, csrfToken } = await openSession(db, instructorId, 1_000);
    expect((await findSession(db, token, 2_000))?.csrfToken).toBe(csrfToken);
    expect(await findSession(db, token, 1_000 + sessionLifetimeMs)).toBeUndefined();
    const stored = await db.selectFrom('instructor_sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
  });

  it('joins by a code typed loosely; the same name and code is one trainee', async () => {
    const typed = ` ${classCode.slice(0, 3).toLowerCase()}-${classCode.slice(3)} `;
    const a = await joinClass(db, typed, 'Rosa', '1');
    const b = await joinClass(db, classCode, 'Rosa', '1');
    expect(a?.traineeId).toBe(b?.traineeId);
    expect(await findTraineeByToken(db, a!.token)).toEqual({ traineeId: a!.traineeId, classId });
    expect(await joinClass(db, 'NOPE99', 'Rosa', '1')).toBeUndefined();
  });

  it('keeps the witness of each choice: made, received, and the upload that carried it', async () => {
    const me = (await joinClass(db, classCode, 'Testigo', '1'))!.traineeId;
    const a = attempt({});
    const n = a.record.choices.length;
    for (const [i, u] of a.uploads.entries()) {
      expect(await putProgress(db, me, a.record.recordId, u, u.choiceTimes[i]! + 50)).toEqual({
        ok: true,
        received: i + 1,
      });
    }
    const rows = await db
      .selectFrom('progress_choices')
      .selectAll()
      .where('session_id', '=', a.record.recordId)
      .orderBy('idx')
      .execute();
    expect(rows.map((r) => r.upload_length)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.map((r) => r.received_at - r.made_at)).toEqual(Array.from({ length: n }, () => 50));
    expect(await wasWitnessed(db, me, a.record)).toBe(true);
    const other = (await joinClass(db, classCode, 'Otro', '2'))!.traineeId;
    expect(await wasWitnessed(db, other, a.record)).toBe(false);
    expect(await putProgress(db, other, a.record.recordId, a.uploads[0]!)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await wasWitnessed(db, me, { ...a.record, seed: a.record.seed + 1 })).toBe(false);
    expect(await wasWitnessed(db, me, { ...a.record, choices: a.record.choices.slice(0, -1) })).toBe(false);
  });

  it('stores a record once by id, concurrently too', async () => {
    const me = (await joinClass(db, classCode, 'Once', '1'))!.traineeId;
    const { record } = attempt({});
    const row = {
      recordId: record.recordId,
      traineeId: me,
      caseId: record.caseId,
      language: record.language,
      mode: record.mode,
      endedAt: record.endedAt,
      receivedAt: Date.now(),
      body: { ...record },
      bodyDigest: 'd1',
      status: 'verified' as const,
      witnessed: false,
      server: { ending: null, overall: 50, passed: false, competencies: {}, differences: [] },
    };
    const results = await Promise.all([insertRecord(db, row), insertRecord(db, row), insertRecord(db, row)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await findRecord(db, record.recordId)).toMatchObject({
      trainee_id: me,
      body_digest: 'd1',
      witnessed: false,
    });
    const count = await db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('record_id', '=', record.recordId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps every compiled story version, so a record of an older one stays verifiable', async () => {
    const catalog = await StoryCatalog.load(db, someStories(['theft_16']));
    expect(catalog.current.map((c) => `${c.caseId}/${c.language}`)).toEqual(['theft_16/es', 'theft_16/en']);
    const old = 'a'.repeat(64);
    await db
      .insertInto('stories')
      .values({
        story_hash: old,
        case_id: 'theft_16',
        language: 'es',
        json: '{"old":1}',
        source_digest: 'x',
        added_at: 0,
      })
      .execute();
    expect(await catalog.json(old)).toBe('{"old":1}');
    expect(await catalog.json('b'.repeat(64))).toBeUndefined();
    const again = await StoryCatalog.load(db, someStories(['theft_16']));
    expect(again.current).toEqual(catalog.current);
  });
});
