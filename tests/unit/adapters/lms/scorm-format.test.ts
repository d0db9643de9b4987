import { describe, expect, it } from 'vitest';
import { findScormApi, type ApiWindow } from '../../../../src/adapters/lms/scorm-api.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  preferredLanguage,
  scormTime,
  scormTimespan,
  traineeName,
  type SuspendData,
} from '../../../../src/adapters/lms/scorm-format.ts';
import { launchFromLms } from '../../../../src/adapters/lms/lms-launch.ts';
import { InMemoryRecordStore } from '../../../../src/adapters/storage/in-memory-record-store.ts';
import { parseAutosave } from '../../../../src/session/autosave-schema.ts';
import { LocalStoragePreferences } from '../../../../src/adapters/storage/local-storage-preferences.ts';
import { loadActiveCase, saveActiveCase } from '../../../../src/session/active-case.ts';
import { FixedClock } from '../../../support/fixed-clock.ts';
import { FakeScormApi } from './fake-scorm-api.ts';

const hash = 'a'.repeat(64);
const data: SuspendData = {
  sessionId: '3f2a9c1e-6b1d-4c8e-9d7a-0b5e2f4c6a18',
  storyHash: hash,
  language: 'es',
  seed: 4321,
  startedAt: 1_700_000_000_000,
  choices: [0, 2, 1, 3],
  choiceTimes: [1_700_000_005_000, 1_700_000_065_000, 1_700_000_070_000, 1_700_003_600_000],
};

describe('SCORM formats', () => {
  it('writes durations and moments in each version', () => {
    expect(scormTimespan(3_723_456, '1.2')).toBe('0001:02:03.46');
    expect(scormTimespan(3_723_456, '2004')).toBe('PT1H2M3.46S');
    expect(scormTimespan(60_000, '2004')).toBe('PT0H1M0S');
    expect(scormTime(Date.UTC(2026, 11, 7, 13, 5, 9, 120), '1.2')).toBe('13:05:09');
    expect(scormTime(Date.UTC(2026, 11, 7, 13, 5, 9, 120), '2004')).toBe('2026-12-07T13:05:09.12Z');
  });

  it('takes the learner name and language as the LMS gives them', () => {
    expect(traineeName('Quispe, Rosa')).toBe('Rosa Quispe');
    expect(traineeName(' Rosa Quispe ')).toBe('Rosa Quispe');
    expect(preferredLanguage('en-US')).toBe('en');
    expect(preferredLanguage('qu')).toBeUndefined();
  });

  it('keeps the choices, story hash and times compactly, and reads them back', () => {
    const text = encodeSuspendData(data)!;
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('"c":"0213"');
    expect(decodeSuspendData(text)).toEqual(data);
    const wide = { ...data, choices: [0, 40], choiceTimes: undefined };
    expect(decodeSuspendData(encodeSuspendData(wide)!)?.choices).toEqual([0, 40]);
  });

  it('stays within 4,096 characters: the times go first, then it is not written at all', () => {
    const long = {
      ...data,
      choices: new Array<number>(3000).fill(1),
      choiceTimes: new Array<number>(3000).fill(data.startedAt + 5_000_000),
    };
    const text = encodeSuspendData(long)!;
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspendData(text)?.choices).toHaveLength(3000);
    expect(decodeSuspendData(text)?.choiceTimes).toBeUndefined();
    expect(
      encodeSuspendData({ ...long, choices: new Array<number>(4100).fill(1), choiceTimes: undefined }),
    ).toBeUndefined();
  });

  it.each([
    '',
    'null',
    '{"v":2}',
    JSON.stringify({ v: 1, id: 's', h: 'x', l: 'es', s: 0, t: 0, c: '0' }),
    '{"v":1,"id":"s","h":"' + hash + '","l":"fr","s":0,"t":0,"c":"0"}',
  ])('reads %j as no resume data', (text) => expect(decodeSuspendData(text)).toBeUndefined());
});

describe('finding the LMS API', () => {
  const api12 = new FakeScormApi('1.2').api;
  const api2004 = new FakeScormApi('2004').api;
  const chain = (depth: number, top: Record<string, unknown>): ApiWindow => {
    let w: ApiWindow = { ...top };
    (w as { parent: ApiWindow }).parent = w;
    for (let i = 0; i < depth; i++) w = { parent: w };
    return w;
  };

  it('climbs the parents, then the opener, for the API of its version only', () => {
    expect(findScormApi(chain(3, { API: api12 }), '1.2')).toBe(api12);
    expect(findScormApi(chain(3, { API: api12 }), '2004')).toBeUndefined();
    expect(findScormApi(chain(3, { API_1484_11: api2004 }), '2004')).toBe(api2004);
    expect(findScormApi({ opener: chain(2, { API: api12 }) }, '1.2')).toBe(api12);
    expect(findScormApi(chain(9, { API: api12 }), '1.2')).toBeUndefined(); // deeper than 7
    expect(findScormApi(chain(2, { API: { LMSInitialize: 'no' } }), '1.2')).toBeUndefined();
  });

  it('skips a window of another origin (reading it throws)', () => {
    const foreign = new Proxy(
      {},
      {
        get: () => {
          throw new DOMException('Blocked', 'SecurityError');
        },
      },
    );
    expect(findScormApi({ parent: foreign }, '1.2')).toBeUndefined();
    expect(findScormApi({ parent: foreign, opener: chain(0, { API: api12 }) }, '1.2')).toBe(api12);
  });
});

describe('a launch by an LMS', () => {
  const page = (tags: Record<string, string>, parent: ApiWindow) => {
    const doc = document.implementation.createHTMLDocument();
    for (const [name, content] of Object.entries(tags))
      doc.head.append(Object.assign(doc.createElement('meta'), { name, content }));
    const listeners: string[] = [];
    return {
      document: doc,
      parent,
      addEventListener: (type: string) => listeners.push(type),
      listeners,
    } as unknown as Window & { listeners: string[] };
  };
  const tags = { 'pc-scorm': '1.2', 'pc-scorm-case': 'lost_child_5', 'pc-scorm-mode': 'evaluation' };

  it('does nothing without the launch tags, even with an API in reach', async () => {
    const lms = new FakeScormApi('1.2');
    const win = page({}, { API: lms.api });
    expect(
      await launchFromLms({
        window: win,
        store: new InMemoryRecordStore(),
        clock: new FixedClock(),
        setActiveCase: () => undefined,
      }),
    ).toBeUndefined();
    expect(lms.calls).toEqual([]);
  });

  it('boots the SCO case for the learner, and restores the case the LMS says is in progress', async () => {
    const suspend = encodeSuspendData(data)!;
    const lms = new FakeScormApi('1.2', {
      'cmi.core.student_name': 'Quispe, Rosa',
      'cmi.core.student_id': '1042',
      'cmi.suspend_data': suspend,
    });
    const win = page(tags, { API: lms.api });
    const store = new InMemoryRecordStore();
    const storage = new LocalStoragePreferences(window.localStorage);
    const setActiveCase = (a: Parameters<typeof saveActiveCase>[1]) => saveActiveCase(storage, a);
    const launch = await launchFromLms({ window: win, store, clock: new FixedClock(), setActiveCase });
    expect(new URLSearchParams(launch?.search)).toEqual(
      new URLSearchParams({
        case: 'lost_child_5',
        mode: 'evaluation',
        trainee: 'Rosa Quispe',
        code: '1042',
        lang: 'es',
      }),
    );
    expect(loadActiveCase(storage)).toEqual({
      sessionId: data.sessionId,
      caseId: 'lost_child_5',
      lang: 'es',
    });
    const saved = parseAutosave(await store.loadProgress(data.sessionId));
    expect(saved.ok && saved.save.run.choices).toEqual([0, 2, 1, 3]);
    expect(saved.ok && saved.save.trainee).toEqual({ name: 'Rosa Quispe', code: '1042' });
    expect((win as unknown as { listeners: string[] }).listeners).toContain('pagehide');
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
  });
});
