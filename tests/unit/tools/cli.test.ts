import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = 'tests/fixtures/stories';

function tool(name: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('tools', `${name}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
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
    [
      'bad/unknown-requires.ink',
      /bad\/unknown-requires\.ink:1: unknown action 'call_the_mayor' in 'requires:'/,
    ],
    ['bad/missing-requires.ink', /bad\/missing-requires\.ink:1: missing global tag 'requires:'/],
    ['bad/unreachable.ink', /bad\/unreachable\.ink:18: knot 'olvidado' is never reached/],
    [
      'bad/no-ending.ink',
      /bad\/no-ending\.ink:\d+: the story stops without an 'ending:' line — after choices \[1\]/,
    ],
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
    expect(bad.out).toMatch(/parity_bad\/fixture\/en\.ink:15: not parallel to .*es\.ink:15/);
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
    expect(out).toMatchObject({
      paths: 6,
      states: 3,
      best: { choices: [0, 0], decisions: 2, passed: true, scores: { overall: 100 } },
      worst: { choices: [1, 2], passed: false },
    });
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['paths', 'endings', 'states', 'ms', 'best', 'worst', 'distribution']),
    );
  });
});

describe('replay', () => {
  const tiny = `${fixtures}/basic/tiny.ink`;
  const proven =
    'proven by replay: storyHash, caseId, language, choices, ending, verdicts, scores, passed, levels';
  const stated =
    'only stated (a replay cannot prove them): recordId, trainee, mode, seed, startedAt, endedAt';

  /** A stories folder holding tiny.ink as case `tiny` (Spanish). */
  function storiesDir(): { dir: string; stories: string } {
    const dir = mkdtempSync(join(tmpdir(), 'pc-'));
    const stories = join(dir, 'stories');
    mkdirSync(join(stories, 'tiny'), { recursive: true });
    cpSync(join(root, tiny), join(stories, 'tiny', 'es.ink'));
    return { dir, stories };
  }

  it('prints the v2 record with --json, from a story anywhere on disk', () => {
    const r = tool('replay', join(root, tiny), '--choices', '1,2', '--mode', 'evaluation', '--json');
    expect(r.code).toBe(0);
    const record = JSON.parse(r.out) as Record<string, unknown> & {
      verdicts: Record<string, unknown>[];
      scores: { overall: number };
    };
    expect(record).toMatchObject({
      schemaVersion: 2,
      caseId: 'tiny',
      mode: 'evaluation',
      ending: 'harmed_retold',
      passed: false,
    });
    expect(record.scores.overall).toBe(14);
    expect(
      record.verdicts.map((v) => `${String(v.step)} ${String(v.standard)} ${String(v.outcome)}`),
    ).toEqual([
      '0 ENV-01 violated',
      '0 DIS-03 met',
      '0 DIS-01 violated',
      '1 DIS-01 violated',
      '1 DIS-02 violated',
      '2 REF-01 violated',
    ]);
    expect(record.verdicts.every((v) => !('reason' in v) && 'params' in v)).toBe(true);
    expect(Object.keys(record)).not.toContain('open');
    expect(Object.keys(record)).not.toContain('transcript');
  });

  it('adds the open options when the path stops before an ending, and the transcript with --transcript', () => {
    const r = tool('replay', tiny, '--choices', '1', '--json', '--transcript');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/the path stops at step 1, before an ending \(3 options open\)/);
    const out = JSON.parse(r.out) as { open: unknown; transcript: unknown; ending: unknown };
    const room = [
      { index: 0, text: 'Registrar la denuncia.', actions: ['register_report'] },
      { index: 1, text: 'Despedirlas.', actions: ['end_abruptly'] },
      { index: 2, text: 'Pedir detalles.', actions: ['ask_for_details'] },
    ];
    expect(out.ending).toBeNull();
    expect(out.open).toEqual(room);
    expect(out.transcript).toEqual([
      {
        step: 0,
        lines: [{ speaker: 'narrator', text: 'Llega una niña con su mamá.' }],
        options: [
          { index: 0, text: 'Llevarlas a la sala.', actions: ['move_to_private_room'] },
          { index: 1, text: 'Preguntar en el mostrador.', actions: ['ask_open_question'] },
        ],
        chosen: 1,
      },
      { step: 1, lines: [{ speaker: null, text: 'La niña mira al suelo.' }], options: room, chosen: null },
    ]);
  });

  it('prints the transcript of an ended path with its last lines and no open options', () => {
    const out = JSON.parse(tool('replay', tiny, '--choices', '0,0', '--json', '--transcript').out) as {
      open?: unknown;
      transcript: { step: number; chosen: number | null; lines: unknown[]; options: unknown[] }[];
    };
    expect(out.open).toBeUndefined();
    expect(out.transcript.map((t) => [t.step, t.chosen, t.options.length])).toEqual([
      [0, 0, 2],
      [1, 0, 3],
      [2, null, 0],
    ]);
    expect(out.transcript[2]?.lines).toEqual([{ speaker: null, text: 'Listo.' }]);
  });

  it('renders the reasons in the record language in the text output', () => {
    const r = tool('replay', tiny, '--choices', '1,2');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'DIS-02  VIOLATED  (critical) «Pedir al niño o niña detalles de los actos, el orden, la frecuencia o las partes del cuerpo» (agravado: es un caso de violencia sexual)',
    );
    expect(r.out).toContain(
      'REF-01  VIOLATED  (critical) El caso terminó sin «Registrar la denuncia, aunque la familia dude»',
    );
  });

  it('says which step a path out of range fails at', () => {
    const r = tool('replay', tiny, '--choices', '0,9');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/choice 2 is option 9, but step 1 has options 0–2/);
    noStackTrace(r.all);
  });

  it('verifies a record (0) saying what was proven and what only stated, detects an edited one (1), cannot verify a missing story version (2)', () => {
    const { dir, stories } = storiesDir();
    const played = tool('replay', tiny, '--choices', '0,0', '--json');
    const record = JSON.parse(played.out) as { caseId: string; ending: string; scores: { overall: number } };
    writeFileSync(join(dir, 'good.json'), played.out);
    const good = tool('replay', '--verify', join(dir, 'good.json'), '--stories', stories);
    expect(good.code).toBe(0);
    expect(good.out).toContain('verified: the ending, 2 verdicts and the scores match (overall 100).');
    expect(good.out).toContain(proven);
    expect(good.out).toContain(stated);
    writeFileSync(
      join(dir, 'edited.json'),
      JSON.stringify({ ...record, scores: { ...record.scores, overall: 50 } }),
    );
    const edited = tool('replay', '--verify', join(dir, 'edited.json'), '--stories', stories);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/overall score: record has 50, replay gives 100/);
    expect(edited.out).toContain(
      'proven by replay: storyHash, caseId, language, choices, ending, verdicts, passed, levels\n',
    );
    writeFileSync(join(dir, 'ending.json'), JSON.stringify({ ...record, ending: 'at_risk_home' }));
    const ending = tool('replay', '--verify', join(dir, 'ending.json'), '--stories', stories);
    expect(ending.code).toBe(1);
    expect(ending.out).toContain('ending: record has at_risk_home, replay gives protected_home');
    const unknown = tool('replay', '--verify', join(dir, 'good.json'), '--stories', join(dir, 'elsewhere'));
    expect(unknown.code).toBe(2);
    expect(unknown.out).toMatch(/unverifiable: .*elsewhere\/tiny\/es\.ink is missing or does not compile/);
    writeFileSync(join(dir, 'corrupt.json'), '{"schemaVersion": 1, "recordId": ');
    const corrupt = tool('replay', '--verify', join(dir, 'corrupt.json'));
    expect(corrupt.code).toBe(1);
    expect(corrupt.err).toMatch(/rejected: not a readable JSON file/);
    noStackTrace(corrupt.all);
  });

  it('verifies a v1 record after migrating it, and reads a record saved with a BOM or as UTF-16', () => {
    const { dir, stories } = storiesDir();
    const v1 = tool('replay', '--verify', 'tests/fixtures/records-v1/tiny_0_1.json', '--stories', stories);
    expect(v1.code).toBe(0);
    expect(v1.out).toContain(
      "saved as schemaVersion 1, read after migration:\n  · schemaVersion 1 → 2: 'reason' dropped from 3 verdicts",
    );
    const text = tool('replay', tiny, '--choices', '0,1', '--json').out;
    writeFileSync(
      join(dir, 'bom.json'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    );
    writeFileSync(
      join(dir, 'utf16le.json'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    writeFileSync(
      join(dir, 'utf16be.json'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    for (const file of ['bom.json', 'utf16le.json', 'utf16be.json']) {
      const r = tool('replay', '--verify', join(dir, file), '--stories', stories);
      expect([file, r.code]).toEqual([file, 0]);
      expect(r.out).toContain('verified: the ending, 3 verdicts and the scores match (overall 25).');
    }
  });

  it('rejects a record whose caseId walks up the tree instead of verifying it', () => {
    const { dir, stories } = storiesDir();
    mkdirSync(join(dir, 'outside'));
    cpSync(join(root, tiny), join(dir, 'outside', 'es.ink'));
    const record = JSON.parse(tool('replay', tiny, '--choices', '0,0', '--json').out) as Record<
      string,
      unknown
    >;
    writeFileSync(join(dir, 'up.json'), JSON.stringify({ ...record, caseId: '../outside' }));
    const r = tool('replay', '--verify', join(dir, 'up.json'), '--stories', stories);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `rejected: 'caseId' must be a case id (lower-case letters, digits, underscores), not a path (found "../outside")`,
    );
    expect(r.out).not.toMatch(/verified/);
  });

  it('stops on /dev/zero, an endless pipe, a folder or a missing file with a reason', () => {
    const zero = tool('replay', '--verify', '/dev/zero');
    expect(zero.code).toBe(1);
    expect(zero.err).toContain('/dev/zero: rejected: larger than 5 MB: reading stopped there');
    noStackTrace(zero.all);
    const command = `yes '{"a":1}' | "${process.execPath}" --import tsx tools/replay.ts --verify /dev/stdin`;
    const pipe = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(pipe.status).toBe(1);
    expect(pipe.stderr).toContain('/dev/stdin: rejected: larger than 5 MB: reading stopped there');
    const folder = tool('replay', '--verify', 'tests');
    expect(folder.code).toBe(1);
    expect(folder.err).toContain('tests: rejected: cannot read it (EISDIR)');
    const missing = tool('replay', '--verify', 'no/such/record.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no/such/record.json: rejected: cannot read it (ENOENT)');
  });
});
