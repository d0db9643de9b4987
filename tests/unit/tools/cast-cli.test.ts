import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const outside = 'tests/fixtures/stories/cast';

function tool(name: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('tools', `${name}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, all: r.stdout + r.stderr };
}

describe('a story written outside the project, with its own child and grandmother', () => {
  it('replays: the declared child is the persona and the grandmother speaks', () => {
    const r = tool('replay', `${outside}/tomas.ink`, '--choices', '0,0', '--json', '--transcript');
    expect(r.all).not.toMatch(/not a child/);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      caseId: string;
      ending: string;
      transcript: { lines: { speaker: string | null }[] }[];
    };
    expect(out.caseId).toBe('tomas_7');
    expect(out.ending).toBe('protected_grandmother');
    expect(out.transcript[0]?.lines.map((l) => l.speaker)).toEqual(['narrator', 'abuela', 'tomas']);
  });

  it('is explored whole', () => {
    const r = tool('explore-paths', `${outside}/tomas.ink`, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { paths: number; endings: Record<string, number> };
    expect(out.paths).toBe(6);
    expect(Object.keys(out.endings).sort()).toEqual([
      'at_risk_home',
      'harmed_retold',
      'protected_grandmother',
    ]);
  });

  it('check:stories names an undeclared person and a bad cast tag with file:line', () => {
    const r = tool('check-stories', `${outside}/undeclared.ink`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/undeclared\.ink:17: unknown person 'tio' in tag 'speaker:tio'/);
    expect(r.out).toMatch(/undeclared\.ink:5: the gender 'nana' must be girl, boy, woman or man/);
  });
});
