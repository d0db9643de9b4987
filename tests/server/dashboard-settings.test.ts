import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/record/session-record.ts';
import { walk } from './dashboard-paths.ts';
import { backends } from './support/backends.ts';
import { attempt, ClassFixture, storyJson } from './support/class-fixture.ts';

describe.each(backends())('dashboard settings (%s)', (backend) => {
  let f: ClassFixture;
  let cls: { id: string; code: string };
  let rosa: { token: string; traineeId: string };
  let clean: SessionRecord;
  const get = (url: string) => f.app.inject({ method: 'GET', url, headers: { cookie: f.first.cookie } });
  const send = (method: 'PUT', url: string, payload: unknown) =>
    f.app.inject({
      method,
      url,
      headers: { cookie: f.first.cookie, 'x-csrf-token': f.first.csrf },
      payload: payload as object,
    });

  beforeAll(async () => {
    f = await ClassFixture.start(backend);
    cls = await f.newClass();
    rosa = await f.join(cls.code);
    const a = attempt({
      caseId: 'theft_16',
      choices: walk(storyJson('theft_16'), 'clean'),
      mode: 'practice',
    });
    clean = a.record;
    expect((await f.play(rosa.token, a)).statusCode).toBe(201);
  });
  afterAll(() => f.close());

  it('settings: threshold, assigned cases and windows; trainees read their class’s assignments', async () => {
    const before = await f.app.inject({
      method: 'GET',
      url: '/api/me/assignments',
      headers: { authorization: `Bearer ${rosa.token}` },
    });
    expect(before.json()).toEqual({ assignedCases: [], windows: [], passThreshold: 75 });
    const windows = [{ caseId: 'theft_16', from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 0, 2) }];
    const put = await send('PUT', `/api/dashboard/classes/${cls.id}/settings`, {
      passThreshold: 101,
      assignedCases: [],
      windows: [],
    });
    expect(put.statusCode).toBe(400);
    expect(
      (
        await send('PUT', `/api/dashboard/classes/${cls.id}/settings`, {
          passThreshold: 80,
          assignedCases: ['nope'],
          windows: [],
        })
      ).statusCode,
    ).toBe(400);
    const ok = await send('PUT', `/api/dashboard/classes/${cls.id}/settings`, {
      passThreshold: 100,
      assignedCases: ['lost_child_5', 'theft_16'],
      windows,
    });
    expect(ok.statusCode).toBe(200);
    const after = await f.app.inject({
      method: 'GET',
      url: '/api/me/assignments',
      headers: { authorization: `Bearer ${rosa.token}` },
    });
    expect(after.json()).toEqual({
      assignedCases: ['lost_child_5', 'theft_16'],
      windows,
      passThreshold: 100,
    });
    expect((await f.app.inject({ method: 'GET', url: '/api/me/assignments' })).statusCode).toBe(401);
    const trainee = (await get(`/api/dashboard/classes/${cls.id}/trainees/${rosa.traineeId}`)).json<{
      curve: { overall: number; passed: boolean }[];
      recommended: { caseId: string } | null;
    }>();
    expect(trainee.curve).toEqual([
      expect.objectContaining({ overall: clean.scores.overall, passed: clean.scores.overall >= 100 }),
    ]);
    expect(trainee.recommended?.caseId).toBe('lost_child_5');
    await send('PUT', `/api/dashboard/classes/${cls.id}/settings`, {
      passThreshold: 75,
      assignedCases: [],
      windows: [],
    });
  });
});
