import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStoryFile } from '../../../tools/lib/check-story.ts';
import { compileInk, formatIssue } from '../../../tools/lib/compile-ink.ts';
import { fixtureDir } from '../../support/fixtures.ts';

const header = readFileSync(join(fixtureDir, 'basic/tiny.ink'), 'utf8').split('\n').slice(0, 12).join('\n');
const root = mkdtempSync(join(tmpdir(), 'pc-source-checks-'));
const stories = join(root, 'stories');
mkdirSync(join(stories, 'broken'), { recursive: true });
writeFileSync(join(root, 'secret.txt'), 'CONTRASEÑA=1234\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes stories/broken/NAME.ink and gives the check's problems as `name.ink:line: message`. */
function problems(name: string, body: string | Buffer): string[] {
  const file = join(stories, 'broken', `${name}.ink`);
  writeFileSync(file, body);
  return checkStoryFile(file).issues.map((i) => formatIssue({ ...i, file: i.file.split('/').pop()! }));
}

const ending = 'Llega. # speaker:narrator # scene:front_desk # ending:protected_home\n-> END\n';

describe('story sources the check refuses, each at its file and line', () => {
  it('an INCLUDE outside the stories folder: an error, and its contents are never compiled in', () => {
    const body = `${header}\nINCLUDE ../../secret.txt\n${ending}`;
    expect(problems('outside', body)).toEqual([
      'outside.ink:13: INCLUDE ../../secret.txt is outside the stories folder: a story may include only files under stories/',
    ]);
    const compiled = compileInk(join(stories, 'broken', 'outside.ink'));
    expect(compiled.json).toBeNull();
    expect(compiled.files.some((f) => f.endsWith('secret.txt'))).toBe(false);
  });

  it('an INCLUDE inside the stories folder, even in a sibling folder, is fine', () => {
    mkdirSync(join(stories, '_shared'), { recursive: true });
    writeFileSync(join(stories, '_shared', 'bye.ink'), '=== bye ===\nAdiós. # speaker:narrator\n-> END\n');
    expect(problems('sibling', `${header}\nINCLUDE ../_shared/bye.ink\n${ending}`)).toEqual([
      "bye.ink:1: knot 'bye' is never reached",
    ]);
  });

  it('an INCLUDE before the header', () => {
    expect(problems('include-first', `INCLUDE ../_shared/bye.ink\n${header}\n${ending}`)[0]).toBe(
      "include-first.ink:1: INCLUDE before the story's header: the global tags (# case:, # title:…) come first, then INCLUDE",
    );
  });

  it('an EXTERNAL function, which nothing binds', () => {
    expect(problems('external', `${header}\nEXTERNAL beep()\n~ beep()\n${ending}`)).toEqual([
      'external.ink:13: EXTERNAL functions are not available: the simulator binds none (write the function in ink)',
    ]);
  });

  it('a division by a literal zero', () => {
    expect(
      problems('zero', `${header}\n~ temp x = 4 / 0\n~ temp y = 4 mod 0.0\n~ temp z = 4 / 10\n${ending}`),
    ).toEqual(['zero.ink:13: division by zero', 'zero.ink:14: division by zero']);
  });

  it('bytes that are not UTF-8, at the line of the first one, and nothing else', () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${header}\nLlega. # speaker:narrator\n`),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      Buffer.from(ending),
    ]);
    expect(problems('latin1', latin1)).toEqual([
      'latin1.ink:14: bytes that are not UTF-8 (save the file as UTF-8 in the editor)',
    ]);
  });

  it('an en.ink written in Spanish, found by its common words', () => {
    const spanish = readFileSync(join(import.meta.dirname, '../../../stories/lost_child_5/es.ink'), 'utf8');
    const file = join(stories, 'lost_child_5', 'en.ink');
    mkdirSync(join(stories, 'lost_child_5'), { recursive: true });
    writeFileSync(file, spanish.replace(/^# lang: es$/m, '# lang: en'));
    const found = checkStoryFile(file).issues.filter((i) => i.message.includes('reads as'));
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(1);
    expect(found[0]?.message).toMatch(
      /^en\.ink reads as Spanish, not English \(common words: Spanish (\d+) %, English (\d) %\)/,
    );
  });
});
