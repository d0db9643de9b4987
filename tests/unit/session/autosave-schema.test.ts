import { describe, expect, it } from 'vitest';
import { playPath } from '../../../src/core/record/play-path.ts';
import { storyHash } from '../../../src/core/record/story-hash.ts';
import { parseAutosave } from '../../../src/session/autosave-schema.ts';
import { fixtureJson } from '../../support/fixtures.ts';

const json = fixtureJson('situations/suspect.ink');

/** An autosave as this version of the app writes it. */
const good = () => ({
  saveVersion: 2,
  sessionId: 's-1',
  caseId: 'fixture',
  language: 'es',
  mode: 'practice',
  trainee: { name: 'Rosa Q.', code: 'CAD-7' },
  storyHash: storyHash(json),
  seed: 42,
  startedAt: 1_000,
  savedAt: 2_000,
  run: playPath({ json, choices: [0] }).save(),
});

const problemOf = (data: unknown) => {
  const parsed = parseAutosave(data);
  return parsed.ok ? 'ok' : parsed.problem;
};

describe('parseAutosave', () => {
  it('accepts an autosave of this version, keeping the engine state it does not check', () => {
    const parsed = parseAutosave(good());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.save).toEqual(good());
  });

  it.each([
    ['run: null', { run: null }],
    ['no trainee', { trainee: undefined }],
    ['a trainee without a code', { trainee: { name: 'Rosa' } }],
    ['an unknown language', { language: 'fr' }],
    ['an unknown mode', { mode: 'exam' }],
    ['a case id that is not an id', { caseId: '../theft_16' }],
    ['a story hash that is not one', { storyHash: 'hash' }],
    ['a fractional seed', { seed: 1.5 }],
    ['a time as text', { savedAt: '2026-11-28' }],
    ['a negative choice', { run: { choices: [0, -1] } }],
    ['choices that are not a list', { run: { choices: '0,1' } }],
    ['an empty session id', { sessionId: '' }],
  ])('sets aside as damaged an autosave of this version with %s', (_, patch) => {
    const parsed = parseAutosave({ ...good(), ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed).toMatchObject({ problem: 'damaged', reason: expect.any(String) as string });
  });

  it('names the field that failed in the reason', () => {
    expect(parseAutosave({ ...good(), run: null })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^run: /) as string,
    });
    expect(parseAutosave({ ...good(), trainee: { name: 'R' } })).toMatchObject({
      reason: expect.stringMatching(/^trainee\.code: /) as string,
    });
  });

  it('tells an autosave of an older version of the app (no saveVersion) from a damaged one', () => {
    const { saveVersion, ...older } = good();
    void saveVersion;
    expect(problemOf(older)).toBe('ok');
    expect(problemOf({ ...older, run: null })).toBe('older_version');
    expect(problemOf({ ...good(), saveVersion: 3 })).toBe('newer_version');
    expect(problemOf({ ...good(), saveVersion: 'two' })).toBe('damaged');
  });

  it.each([null, 'text', 7, [], undefined])('rejects %j, which is no autosave at all', (data) => {
    expect(parseAutosave(data).ok).toBe(false);
  });
});
