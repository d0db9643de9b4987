import { makeRecord } from '../../src/core/record/make-record.ts';
import { playPath } from '../../src/core/record/play-path.ts';
import { storyHash } from '../../src/core/record/story-hash.ts';
import type { SessionRecord } from '../../src/core/record/session-record.ts';
import type { CaseAutosave } from '../../src/session/record-store.ts';
import { fixtureJson } from './fixtures.ts';

/** The story the fakes are played on: a suspect arrives after the first choice. */
export const fakeStoryJson = () => fixtureJson('situations/suspect.ink');

/** A deterministic autosave after the first choice of the fixture story. */
export function fakeAutosave(overrides: Partial<CaseAutosave> = {}): CaseAutosave {
  return {
    sessionId: 's-1',
    caseId: 'fixture',
    language: 'es',
    mode: 'practice',
    trainee: { name: 'Rosa Q.', code: 'CAD-7' },
    storyHash: 'hash',
    seed: 0,
    startedAt: 1_000,
    savedAt: 2_000,
    run: playPath({ json: fakeStoryJson(), choices: [0] }).save(),
    ...overrides,
  };
}

/** A deterministic finished record of a path through a fixture story. */
export function fakeRecord(
  recordId = 'r-1',
  choices: readonly number[] = [0, 0],
  story = 'situations/suspect.ink',
): SessionRecord {
  return makeRecord({
    run: playPath({ json: fixtureJson(story), choices }),
    recordId,
    trainee: { name: 'Rosa Q.', code: 'CAD-7' },
    mode: 'evaluation',
    storyHash: storyHash(fixtureJson(story)),
    seed: 0,
    startedAt: 1_000,
    endedAt: 5_000,
  });
}
