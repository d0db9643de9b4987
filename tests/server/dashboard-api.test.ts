import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '../../server/dashboard/csv-export.ts';
import { verifyRecord } from '../../src/core/record/replay-record.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';
import { backends } from './support/backends.ts';
import { attempt, ClassFixture, storyJson, type Instructor } from './support/class-fixture.ts';
import { walk } from './dashboard-paths.ts';

describe.each(backends())('dashboard API (%s)', (backend) => {
  let f: ClassFixture;
  let cls: { id: string; code: string };
  let other: Instructor;
  let otherCls: { id: string; code: string };
  let rosa: { token: string; traineeId: string };
  let clean: SessionRecord;
  let slip: SessionRecord;
  const get = (url: string, by: Instructor = f.first) =>
    f.app.inject({ method: 'GET', url, headers: { cookie: by.cookie } });
  const send = (method: 'POST' | 'PUT', url: string, payload: unknown, by: Instructor = f.first) =>
    f.app.inject({
      method,
      url,
      headers: { cookie: by.cookie, 'x-csrf-token': by.csrf },
      payload: payload as object,
    });

  beforeAll(async () => {
    f = await ClassFixture.start(backend);
    cls = await f.newClass(f.first, 'Aula <b>A</b>');
    other = await f.addInstructor('beto');
    otherCls = await f.newClass(other, 'Aula B');
    rosa = await f.join(cls.code, 'Rosa <script>alert(1)</script>', '12345');
    const juan = await f.join(cls.code, 'Juan Pérez, "el Grande"', '777');
    const json = storyJson('theft_16');
    const a = attempt({ caseId: 'theft_16', choices: walk(json, 'clean'), mode: 'practice' });
    const b = attempt({ caseId: 'theft_16', choices: walk(json, 'slip-first'), mode: 'evaluation' });
    clean = a.record;
    slip = b.record;
    expect((await f.play(rosa.token, a)).statusCode).toBe(201);
    expect((await f.play(juan.token, b)).statusCode).toBe(201);
  });
  afterAll(() => f.close());

  it('overview lists both trainees with the server scores, names as given, and who is playing now', async () => {
    const live = attempt({ caseId: 'lost_child_5' });
    for (const u of live.uploads.slice(0, 3))
      await f.put(`/api/attempts/${live.record.recordId}/progress`, rosa.token, u);
    const res = await get(`/api/dashboard/classes/${cls.id}/overview`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      trainees: {
        name: string;
        cells: Record<string, { best: number; passed: boolean; attempts: number }>;
      }[];
      playing: { trainee: { name: string }; caseId: string; decision: number }[];
      class: { name: string };
    }>();
    expect(body.class.name).toBe('Aula <b>A</b>');
    const byName = new Map(body.trainees.map((t) => [t.name, t.cells['theft_16']]));
    expect(byName.get('Rosa <script>alert(1)</script>')).toMatchObject({
      best: clean.scores.overall,
      passed: true,
      attempts: 1,
    });
    expect(byName.get('Juan Pérez, "el Grande"')).toMatchObject({ best: slip.scores.overall, passed: false });
    expect(body.playing.map((p) => [p.caseId, p.decision, p.trainee.name])).toEqual([
      ['lost_child_5', 4, 'Rosa <script>alert(1)</script>'],
    ]);
    const filtered = await get(`/api/dashboard/classes/${cls.id}/overview?mode=practice`);
    expect(filtered.json<{ attempts: number }>().attempts).toBe(1);
    expect((await get(`/api/dashboard/classes/${cls.id}/overview?mode=exam`)).statusCode).toBe(400);
  });

  it('heat map and item analysis of the class', async () => {
    const heat = (await get(`/api/dashboard/classes/${cls.id}/errors`)).json<{
      heatMap: {
        standard: string;
        cells: Record<string, { violated: number; judged: number; worst: string }>;
      }[];
    }>();
    expect(heat.heatMap[0]).toEqual({
      standard: 'REC-03',
      total: 1,
      cells: { theft_16: { violated: 1, judged: 2, worst: 'major' } },
    });
    const items = (await get(`/api/dashboard/classes/${cls.id}/items?case=theft_16`)).json<{
      decisions: { step: number; reached: number; options: { share: number; compliant: boolean }[] }[];
    }>();
    expect(items.decisions[0]).toMatchObject({ step: 0, reached: 2 });
    expect(
      items.decisions[0]!.options.filter((o) => o.share === 50)
        .map((o) => o.compliant)
        .sort(),
    ).toEqual([false, true]);
    expect((await get(`/api/dashboard/classes/${cls.id}/items`)).statusCode).toBe(400);
  });

  it('one attempt step by step in the viewer’s language; a comment and an override kept beside the result', async () => {
    const es = (await get(`/api/dashboard/attempts/${slip.recordId}`)).json<{
      steps: {
        chosen: number | null;
        options: { compliant: boolean }[];
        verdicts: {
          standard: string;
          outcome: string;
          reason: string;
          alternatives: unknown[];
          sources: unknown[];
        }[];
      }[];
      server: { overall: number };
    }>();
    expect(es.steps).toHaveLength(slip.choices.length + 1);
    const first = es.steps[0]!;
    expect(first.chosen).toBe(slip.choices[0]);
    expect(first.options[first.chosen!]!.compliant).toBe(false);
    const v = first.verdicts.find((x) => x.standard === 'REC-03' && x.outcome === 'violated')!;
    expect(v.alternatives.length).toBeGreaterThan(0);
    expect(v.sources.length).toBeGreaterThan(0);
    const en = (await get(`/api/dashboard/attempts/${slip.recordId}?lang=en`)).json<typeof es>();
    const vEn = en.steps[0]!.verdicts.find((x) => x.standard === 'REC-03' && x.outcome === 'violated')!;
    expect(vEn.reason).not.toBe(v.reason);

    const c = await send('POST', `/api/dashboard/attempts/${slip.recordId}/comments`, {
      step: 0,
      body: 'Saludó tarde, <img src=x onerror=alert(1)>',
    });
    expect(c.statusCode).toBe(201);
    const o = await send('POST', `/api/dashboard/attempts/${slip.recordId}/overrides`, {
      passed: true,
      overall: 90,
      reason: 'Corrigió en la práctica, con testigo',
    });
    expect(o.statusCode).toBe(201);
    const after = (await get(`/api/dashboard/attempts/${slip.recordId}`)).json<{
      server: { overall: number; passedAt75: boolean };
      comments: { step: number; body: string; author: string }[];
      overrides: { passed: boolean; overall: number; reason: string }[];
    }>();
    expect(after.server).toMatchObject({ overall: slip.scores.overall, passedAt75: false });
    expect(after.comments).toEqual([
      expect.objectContaining({ step: 0, body: 'Saludó tarde, <img src=x onerror=alert(1)>', author: 'ana' }),
    ]);
    expect(after.overrides).toEqual([expect.objectContaining({ passed: true, overall: 90 })]);
    const stored = (await f.classRecords(cls.id)).json<{
      records: { recordId: string; serverScores: { passed: boolean } }[];
    }>();
    expect(stored.records.find((r) => r.recordId === slip.recordId)?.serverScores.passed).toBe(false);

    const csv = fromCsv((await get(`/api/dashboard/classes/${cls.id}/export/attempts.csv`)).body);
    const [header, ...rows] = csv;
    const row = rows.find((r) => r[header!.indexOf('record_id')] === slip.recordId)!;
    const col = (name: string) => row[header!.indexOf(name)];
    expect([col('overall'), col('passed'), col('override_passed'), col('override_overall')]).toEqual([
      String(slip.scores.overall),
      'false',
      'true',
      '90',
    ]);
    expect(col('override_reason')).toBe('Corrigió en la práctica, con testigo');
    expect(col('comments')).toBe('[1] ana: Saludó tarde, <img src=x onerror=alert(1)>');
    expect(col('trainee')).toBe('Juan Pérez, "el Grande"');
    for (const bad of [
      {},
      { step: -1, body: 'x' },
      { step: 0, body: '' },
      { step: 0, body: 'x', extra: 1 },
    ]) {
      expect((await send('POST', `/api/dashboard/attempts/${slip.recordId}/comments`, bad)).statusCode).toBe(
        400,
      );
    }
    expect(
      (await send('POST', `/api/dashboard/attempts/${slip.recordId}/overrides`, { passed: true, reason: '' }))
        .statusCode,
    ).toBe(400);
  });

  it('CSV files start with a BOM; the JSON export holds records that verify by replay', async () => {
    const res = await get(`/api/dashboard/classes/${cls.id}/export/verdicts.csv?lang=en`);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = fromCsv(res.body);
    expect(header).toContain('reason');
    expect(rows.length).toBe(clean.verdicts.length + slip.verdicts.length);
    const records = (await get(`/api/dashboard/classes/${cls.id}/export/records.json`)).json<
      SessionRecord[]
    >();
    expect(records.map((r) => r.recordId).sort()).toEqual([clean.recordId, slip.recordId].sort());
    for (const r of records) expect(verifyRecord(r, storyJson('theft_16')).status).toBe('match');
    const file = join(mkdtempSync(join(tmpdir(), 'pc-export-')), 'record.json');
    writeFileSync(file, (await get(`/api/dashboard/attempts/${slip.recordId}/record.json`)).body);
    const replay = spawnSync(process.execPath, ['--import', 'tsx', 'tools/replay.ts', '--verify', file], {
      encoding: 'utf8',
    });
    expect([replay.status, replay.stderr]).toEqual([0, '']);
  });

  it('another instructor’s class, trainee or attempt is a 404; no session is a 401; no CSRF token a 403', async () => {
    for (const url of [
      `/api/dashboard/classes/${cls.id}/overview`,
      `/api/dashboard/classes/${cls.id}/errors`,
      `/api/dashboard/classes/${cls.id}/items?case=theft_16`,
      `/api/dashboard/classes/${cls.id}/trainees/${rosa.traineeId}`,
      `/api/dashboard/classes/${cls.id}/settings`,
      `/api/dashboard/classes/${cls.id}/export/attempts.csv`,
      `/api/dashboard/classes/${cls.id}/export/records.json`,
      `/api/dashboard/attempts/${clean.recordId}`,
      `/api/dashboard/attempts/${clean.recordId}/record.json`,
    ]) {
      expect((await get(url, other)).statusCode, url).toBe(404);
      expect((await f.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect((await get(`/api/dashboard/classes/${cls.id}/trainees/${rosa.traineeId}`)).statusCode).toBe(200);
    expect(
      (await get(`/api/dashboard/classes/${otherCls.id}/trainees/${rosa.traineeId}`, other)).statusCode,
    ).toBe(404);
    const writes = [
      ['POST', `/api/dashboard/attempts/${clean.recordId}/comments`, { step: 0, body: 'x' }],
      ['POST', `/api/dashboard/attempts/${clean.recordId}/overrides`, { passed: false, reason: 'x' }],
      [
        'PUT',
        `/api/dashboard/classes/${cls.id}/settings`,
        { passThreshold: 80, assignedCases: [], windows: [] },
      ],
    ] as const;
    for (const [method, url, payload] of writes) {
      expect((await send(method, url, payload, other)).statusCode, url).toBe(404);
      const noCsrf = await f.app.inject({ method, url, headers: { cookie: f.first.cookie }, payload });
      expect(noCsrf.statusCode, url).toBe(403);
    }
    const imported = await f.app.inject({
      method: 'POST',
      url: `/api/dashboard/classes/${cls.id}/import`,
      headers: {
        cookie: other.cookie,
        'x-csrf-token': other.csrf,
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.from(JSON.stringify(clean)),
    });
    expect(imported.statusCode).toBe(404);
    const detail = (await get(`/api/dashboard/attempts/${clean.recordId}`)).json<{
      comments: unknown[];
      overrides: unknown[];
    }>();
    expect([detail.comments, detail.overrides]).toEqual([[], []]);
  });
});
