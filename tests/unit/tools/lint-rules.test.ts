import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer and size rules eslint.config.js declares, tried on text placed at real files of
 * each folder: what a folder may not import is an error, and so is a file over 300 lines.
 */
const root = new URL('../../../', import.meta.url).pathname;
// The type-checked rules are not what is tried here, and building the program takes a minute.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function errors(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const uses = (text: string) => `${text}\nexport const used = [x];\n`;

describe('eslint layer rules', () => {
  it.each([
    ['src/i18n/captions.ts', "import { h as x } from '../ui/dom.ts';", /i18n holds words/],
    [
      'src/i18n/captions.ts',
      "import { caseCatalog as x } from '../cases/case-catalog.ts';",
      /i18n holds words/,
    ],
    ['src/i18n/captions.ts', "import { Howl as x } from 'howler';", /free of Howler/],
    ['src/cases/case-entry.ts', "import { es as x } from '../i18n/es.ts';", /catalogue of built-in stories/],
    [
      'src/cases/case-entry.ts',
      "import { CaseSession as x } from '../session/case-session.ts';",
      /catalogue of built-in stories/,
    ],
    ['src/core/story/characters.ts', "import { es as x } from '../../i18n/es.ts';", /core imports only core/],
    [
      'src/core/protocol/reasons.ts',
      "import { caseWithId as x } from '../../cases/case-catalog.ts';",
      /core imports only core/,
    ],
  ])(
    '%s may not: %s',
    async (file, line, message) => {
      const found = await errors(file, uses(line));
      expect(
        found.some((e) => e.startsWith('no-restricted-imports') && message.test(e)),
        found.join('\n'),
      ).toBe(true);
    },
    60_000,
  );

  it.each([
    ['src/i18n/captions.ts', "import type { Language as x } from '../core/language.ts';"],
    ['src/cases/case-entry.ts', "import type { CaseInfo as x } from '../core/story/case-info.ts';"],
  ])(
    '%s may import core: %s',
    async (file, line) => {
      const found = await errors(file, `${line}\nexport type Used = x;\n`);
      expect(found.filter((e) => e.startsWith('no-restricted-imports'))).toEqual([]);
    },
    60_000,
  );
});

describe('eslint max-lines', () => {
  /** `n` lines, each ending in a line break. */
  const lines = (n: number) =>
    `${Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n')}\n`;

  it('a file of 300 lines passes, one of 301 (blank lines counted) is an error', async () => {
    expect((await errors('src/ui/dom.ts', lines(300))).filter((e) => e.startsWith('max-lines'))).toEqual([]);
    const over = `${lines(299)}\n\n`;
    expect(over.split('\n').length - 1).toBe(301);
    expect(await errors('src/ui/dom.ts', over)).toContain(
      'max-lines: File has too many lines (301). Maximum allowed is 300.',
    );
  }, 60_000);
});
