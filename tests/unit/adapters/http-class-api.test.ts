import { afterEach, describe, expect, it, vi } from 'vitest';
import { classServerBase, HttpClassApi } from '../../../src/adapters/class-server/http-class-api.ts';
import { fakeRecord } from '../../support/fakes.ts';

afterEach(() => document.head.replaceChildren());

function meta(content: string): void {
  const tag = document.createElement('meta');
  tag.name = 'pc-class-server';
  tag.content = content;
  document.head.append(tag);
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('classServerBase', () => {
  it('is absent without the meta tag the class server adds', () => {
    expect(classServerBase(document)).toBeUndefined();
  });

  it('takes a path on this origin only', () => {
    meta('/api/');
    expect(classServerBase(document)).toBe('/api');
    document.head.replaceChildren();
    meta('https://elsewhere.example/api');
    expect(classServerBase(document)).toBeUndefined();
    document.head.replaceChildren();
    meta('//elsewhere.example/api');
    expect(classServerBase(document)).toBeUndefined();
  });
});

describe('HttpClassApi', () => {
  it('joins with POST and sends records with the bearer credential, by id', async () => {
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(201, { traineeId: 'tr', token: 'tok', class: { id: 'c', name: 'A' } }))
      .mockResolvedValueOnce(json(201, { recordId: 'r 1', status: 'verified', witnessed: true }));
    const api = new HttpClassApi('/api', fetchFn);
    const joined = await api.join({ classCode: 'K', name: 'Ana', code: '1' });
    expect(joined).toMatchObject({ ok: true, status: 201, body: { token: 'tok' } });
    const [joinUrl, joinInit] = fetchFn.mock.calls[0]!;
    expect([joinUrl, joinInit?.method, JSON.parse(joinInit?.body as string)]).toEqual([
      '/api/join',
      'POST',
      { classCode: 'K', name: 'Ana', code: '1' },
    ]);
    await api.putRecord('tok', fakeRecord('r 1'));
    const [url, init] = fetchFn.mock.calls[1]!;
    expect(url).toBe('/api/records/r%201');
    expect(init?.method).toBe('PUT');
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('reads the assigned cases with GET and the bearer credential, sending no body', async () => {
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(200, { assignedCases: ['theft_16'], windows: [], passThreshold: 70 }));
    const api = new HttpClassApi('/api', fetchFn);
    expect(await api.getAssignments('tok')).toMatchObject({
      ok: true,
      body: { assignedCases: ['theft_16'] },
    });
    const [url, init] = fetchFn.mock.calls[0]!;
    expect([url, init?.method, init?.body]).toEqual(['/api/me/assignments', 'GET', undefined]);
    expect(init?.headers).toEqual({ authorization: 'Bearer tok' });
  });

  it("gives the server's error code, and status 0 when there is no answer", async () => {
    const fetchFn = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(409, { error: 'progress_conflict', reason: 'does not extend' }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const api = new HttpClassApi('/api', fetchFn);
    const upload = {
      caseId: 'x',
      language: 'es',
      mode: 'practice',
      storyHash: 'h',
      seed: 0,
      startedAt: 0,
      choices: [0],
      choiceTimes: [1],
    } as const;
    expect(await api.putProgress('t', 's-1', upload)).toEqual({
      ok: false,
      status: 409,
      error: 'progress_conflict',
      reason: 'does not extend',
    });
    expect(fetchFn.mock.calls[0]![0]).toBe('/api/attempts/s-1/progress');
    expect(await api.putProgress('t', 's-1', upload)).toMatchObject({
      ok: false,
      status: 0,
      error: 'unreachable',
    });
  });
});
