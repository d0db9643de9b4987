import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../../src/core/record/session-record.ts';
import { bootView, finishedAttempts } from '../../../src/session/boot-view.ts';
import { fakeRecord } from '../../support/fakes.ts';

const rosa = { name: 'Rosa Q.', code: 'CAD-7' };
const record = (recordId: string, endedAt = 5_000, caseId = 'theft_16'): SessionRecord => ({
  ...fakeRecord(recordId),
  caseId,
  endedAt,
});
const records = [record('r-1'), record('s-ended', 9_000)];
const kindOf = (view: ReturnType<typeof bootView>) =>
  view.kind === 'debrief'
    ? `debrief:${view.record.recordId}`
    : view.kind === 'resume'
      ? `resume:${view.sessionId}`
      : 'other';

describe('bootView: the screen a page load opens', () => {
  it('opens nothing remembered when nothing was remembered', () => {
    expect(kindOf(bootView({ trainee: rosa, records }))).toBe('other');
  });

  it('resumes the case in progress when its session has no record yet', () => {
    expect(kindOf(bootView({ activeSessionId: 's-playing', trainee: rosa, records }))).toBe(
      'resume:s-playing',
    );
  });

  it('opens the debrief when the session in progress already saved its record (a reload just after the last choice)', () => {
    const view = bootView({ activeSessionId: 's-ended', trainee: rosa, records, linkCaseId: 'theft_16' });
    expect(kindOf(view)).toBe('debrief:s-ended');
    expect(view.kind === 'debrief' && view.record.endedAt).toBe(9_000);
  });

  it('reopens the debrief that was on screen (a reload on the debrief), also under a link to the same case', () => {
    expect(kindOf(bootView({ debriefRecordId: 'r-1', trainee: rosa, records }))).toBe('debrief:r-1');
    expect(kindOf(bootView({ debriefRecordId: 'r-1', trainee: rosa, records, linkCaseId: 'theft_16' }))).toBe(
      'debrief:r-1',
    );
  });

  it('follows a link to another case rather than reopening a remembered debrief', () => {
    expect(
      kindOf(bootView({ debriefRecordId: 'r-1', trainee: rosa, records, linkCaseId: 'lost_child_5' })),
    ).toBe('other');
  });

  it('never reopens a record that is gone or belongs to someone else', () => {
    expect(kindOf(bootView({ debriefRecordId: 'r-gone', trainee: rosa, records }))).toBe('other');
    const other = { name: 'Otra', code: 'CAD-7' };
    expect(kindOf(bootView({ debriefRecordId: 'r-1', trainee: other, records }))).toBe('other');
    expect(kindOf(bootView({ debriefRecordId: 'r-1', trainee: undefined, records }))).toBe('other');
    expect(kindOf(bootView({ activeSessionId: 's-ended', trainee: other, records }))).toBe('resume:s-ended');
  });

  it('prefers the case in progress over a debrief remembered from before', () => {
    expect(
      kindOf(bootView({ activeSessionId: 's-playing', debriefRecordId: 'r-1', trainee: rosa, records })),
    ).toBe('resume:s-playing');
  });
});

describe('finishedAttempts', () => {
  it('orders a trainee’s attempts newest first, without changing the list given', () => {
    const given = [record('a', 3_000), record('b', 7_000), record('c', 5_000)];
    expect(finishedAttempts(given).map((r) => r.recordId)).toEqual(['b', 'c', 'a']);
    expect(given.map((r) => r.recordId)).toEqual(['a', 'b', 'c']);
  });
});
