import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoryFile } from '../../../tools/lib/check-story.ts';
import { formatIssue } from '../../../tools/lib/compile-ink.ts';
import { caseIdProblem, createCase } from '../../../tools/lib/new-case.ts';
import { parityIssues } from '../../../tools/lib/parity.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const storiesRoot = () => join(mkdtempSync(join(tmpdir(), 'pc-new-case-')), 'stories');

function newCase(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('tools', 'new-case.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('new-case: the template', () => {
  const stories = storiesRoot();
  const [es, en] = createCase(stories, 'river_boy_10');

  it('writes es.ink and en.ink in a folder named for the case, the id in their case: tag', () => {
    expect([es, en]).toEqual([
      join(stories, 'river_boy_10', 'es.ink'),
      join(stories, 'river_boy_10', 'en.ink'),
    ]);
    for (const file of [es!, en!]) {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^# case: river_boy_10$/m);
      expect(text).not.toContain('CASE_ID');
    }
  });

  it('passes the story check with no problem at all, warnings included, and the two languages are parallel', () => {
    const checks = [checkStoryFile(es!), checkStoryFile(en!)];
    expect(checks.flatMap((c) => c.issues).map(formatIssue)).toEqual([]);
    expect(parityIssues(checks[0]!.tree, checks[1]!.tree).map(formatIssue)).toEqual([]);
    // every kind of ending is reachable, and a compliant path passes
    expect(Object.keys(checks[0]!.exploration!.endings).sort()).toEqual([
      'at_risk_sent_away',
      'at_risk_sent_home',
      'harmed_pressed',
      'protected_cared_for',
    ]);
  }, 60_000);

  it('shows every line tag and the cast tag in comments', () => {
    const text = readFileSync(es!, 'utf8');
    for (const key of ['speaker', 'mood', 'scene', 'ambient', 'sfx', 'phase', 'event', 'ending', 'do'])
      expect(text, key).toMatch(new RegExp(`^//.*\\b${key}:`, 'm'));
    expect(text).toContain('// # cast: tomas, child, boy, Tomás');
    expect(text).not.toMatch(/^# cast:/m);
  });
});

describe('new-case: refusals', () => {
  it.each([
    ['', /give the case id/],
    ['Lost-Child', /'Lost-Child' is not a case id: use lower-case letters, digits and _/],
    ['5_lost', /not a case id/],
    ['_shared', /not a case id/],
    ['../escape', /not a case id/],
    ['a'.repeat(41), /longer than 40 characters/],
  ])('refuses the id %j', (id, message) => {
    expect(caseIdProblem(id)).toMatch(message);
    expect(() => createCase(storiesRoot(), id)).toThrow(message);
  });

  it('accepts a snake_case id', () => {
    expect(caseIdProblem('lost_child_5')).toBeUndefined();
  });

  it('the command refuses an existing case and leaves its files alone', () => {
    const stories = storiesRoot();
    mkdirSync(join(stories, 'taken_case'), { recursive: true });
    writeFileSync(join(stories, 'taken_case', 'es.ink'), 'mine');
    const r = newCase('taken_case', '--stories', stories);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/taken_case already exists: choose another case id/);
    expect(readFileSync(join(stories, 'taken_case', 'es.ink'), 'utf8')).toBe('mine');
    expect(existsSync(join(stories, 'taken_case', 'en.ink'))).toBe(false);
  });

  it('the command refuses a bad id and creates nothing', () => {
    const stories = storiesRoot();
    const r = newCase('Bad-Id', '--stories', stories);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/'Bad-Id' is not a case id/);
    expect(existsSync(stories)).toBe(false);
  });

  it('the command creates both files and says what to run next', () => {
    const stories = storiesRoot();
    const r = newCase('fresh_case_7', '--stories', stories);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /created .*fresh_case_7\/es\.ink\ncreated .*fresh_case_7\/en\.ink\nnext: .*npm run check:stories -- .*fresh_case_7/,
    );
  });
});
