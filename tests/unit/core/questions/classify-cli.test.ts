import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..', '..');

function classify(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('tools', 'classify.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run classify', () => {
  it('prints one JSON line per question with exactly text, type, confidence, reasons', () => {
    const r = classify(
      '¿Qué pasó?\n\n¿El vecinito te llevó?\r\nTe pegó, ¿no?\n',
      '--lang',
      'es',
      '--undisclosed',
      'vecino,cuarto',
      '--json',
    );
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual(
      Array(3).fill(['text', 'type', 'confidence', 'reasons']),
    );
    expect(lines.map((l) => l.type)).toEqual(['invitation', 'suggestive', 'suggestive']);
    expect(lines[1]?.text).toBe('¿El vecinito te llevó?');
    expect(lines[1]?.reasons).toEqual(['sugiere «vecino», que la niña o el niño aún no dijo']);
    expect(typeof lines[0]?.confidence).toBe('number');
  });

  it('gives the reasons in English with --lang en, and a table without --json', () => {
    const json = classify("Why didn't you tell anyone?\n", '--lang', 'en', '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      type: 'why_blame',
      reasons: [expect.stringMatching(/blame/)],
    });
    const table = classify('Tell me more.\n', '--lang', 'en');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/invitation\s+0\.\d+\s+Tell me more\./);
  });

  it('says clearly what is wrong with a bad --lang, without a stack trace', () => {
    const r = classify('hola\n', '--lang', 'fr', '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang must be es or en, not 'fr'/);
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(classify('', '--lang').err).toMatch(/--lang needs a value/);
  });
});
