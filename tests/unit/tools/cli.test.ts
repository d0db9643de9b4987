import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = 'tests/fixtures/stories';

function tool(name: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('tools', `${name}.ts`), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('check:stories', () => {
  it.each([
    ['bad/malformed.ink', /bad\/malformed\.ink:14: Divert target not found/],
    ['bad/after-bracket.ink', /bad\/after-bracket\.ink:14: .*after the closing bracket/],
    ['bad/no-do.ink', /bad\/no-do\.ink:14: option without a do: tag/],
    ['bad/unknown-key.ink', /bad\/unknown-key\.ink:13: unknown tag key 'emotion'/],
    ['bad/unknown-action.ink', /bad\/unknown-action\.ink:14: unknown action 'go_to_room'/],
    ['bad/unknown-requires.ink', /bad\/unknown-requires\.ink:1: unknown action 'call_the_mayor' in 'requires:'/],
    ['bad/missing-requires.ink', /bad\/missing-requires\.ink:1: missing global tag 'requires:'/],
    ['bad/unreachable.ink', /bad\/unreachable\.ink:18: knot 'olvidado' is never reached/],
    ['bad/no-ending.ink', /bad\/no-ending\.ink:\d+: the story stops without an 'ending:' line — after choices \[1\]/],
  ])('reports %s as file:line: message and exits 1', (file, message) => {
    const r = tool('check-stories', `${fixtures}/${file}`);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(message);
    noStackTrace(r.all);
  });

  it('passes a clean story and checks Spanish/English parity', () => {
    expect(tool('check-stories', `${fixtures}/parity_ok`).code).toBe(0);
    const bad = tool('check-stories', `${fixtures}/parity_bad`);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/parity_bad\/fixture\/en\.ink:14: not parallel to .*es\.ink:14/);
  });

  it('names a path that does not exist', () => {
    const r = tool('check-stories', 'stories/no_such_case');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stories\/no_such_case: no such file or folder/);
    noStackTrace(r.all);
  });
});

describe('explore', () => {
  it('prints one JSON object with --json', () => {
    const r = tool('explore-paths', `${fixtures}/basic/tiny.ink`, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Record<string, unknown>;
    expect(out).toMatchObject({ paths: 6, states: 3, best: { choices: [0, 0], decisions: 2, passed: true, scores: { overall: 100 } }, worst: { choices: [1, 2], passed: false } });
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['paths', 'endings', 'states', 'ms', 'best', 'worst', 'distribution']));
  });
});

describe('replay', () => {
  it('prints the record with --json, from a story anywhere on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const r = tool('replay', join(root, fixtures, 'basic/tiny.ink'), '--choices', '1,2', '--mode', 'evaluation', '--json');
    expect(r.code).toBe(0);
    const record = JSON.parse(r.out) as { mode: string; passed: boolean; verdicts: { standard: string; outcome: string }[]; scores: { overall: number } };
    expect(record.mode).toBe('evaluation');
    expect(record.scores.overall).toBe(14);
    expect(record.verdicts.map((v) => `${v.standard} ${v.outcome}`)).toEqual(['ENV-01 violated', 'DIS-03 met', 'DIS-01 violated', 'DIS-02 violated', 'REF-01 violated']);
    writeFileSync(join(dir, 'r.json'), r.out);
  });

  it('says which step a path out of range fails at', () => {
    const r = tool('replay', `${fixtures}/basic/tiny.ink`, '--choices', '0,9');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/choice 2 is option 9, but step 1 has options 0–2/);
    noStackTrace(r.all);
  });

  it('verifies a record (0), detects an edited one (1), cannot verify a missing story version (2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const stories = join(dir, 'stories');
    const played = tool('replay', `${fixtures}/basic/tiny.ink`, '--choices', '0,0', '--json');
    const record = JSON.parse(played.out) as { caseId: string; scores: { overall: number } };
    spawnSync('mkdir', ['-p', join(stories, record.caseId)]);
    spawnSync('cp', [join(root, fixtures, 'basic/tiny.ink'), join(stories, record.caseId, 'es.ink')]);
    writeFileSync(join(dir, 'good.json'), played.out);
    expect(tool('replay', '--verify', join(dir, 'good.json'), '--stories', stories).code).toBe(0);
    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...record, scores: { ...record.scores, overall: 50 } }));
    const edited = tool('replay', '--verify', join(dir, 'edited.json'), '--stories', stories);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/overall score: record has 50, replay gives 100/);
    const unknown = tool('replay', '--verify', join(dir, 'good.json'), '--stories', join(dir, 'elsewhere'));
    expect(unknown.code).toBe(2);
    writeFileSync(join(dir, 'corrupt.json'), '{"schemaVersion": 1, "recordId": ');
    const corrupt = tool('replay', '--verify', join(dir, 'corrupt.json'));
    expect(corrupt.code).toBe(1);
    expect(corrupt.err).toMatch(/rejected: not a readable JSON file/);
    noStackTrace(corrupt.all);
  });
});
