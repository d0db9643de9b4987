import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionIds, type ActionId } from '../../../src/core/protocol/actions.ts';
import type { CaseType } from '../../../src/core/protocol/case-types.ts';
import type { Language } from '../../../src/core/language.ts';
import { initialProtocolContext, type ProtocolFlags } from '../../../src/core/protocol/protocol-context.ts';
import { judgeChoice } from '../../../src/core/protocol/protocol-rules.ts';
import { ruleRows } from '../../../src/core/protocol/rulebook.ts';
import { QUESTION_TYPES } from '../../../src/core/questions/question-type.ts';
import { situationIds } from '../../../src/core/protocol/situations.ts';
import { standardIds } from '../../../src/core/protocol/standard-ids.ts';
import { characters } from '../../../src/core/story/characters.ts';
import { globalTagKeys, lineTagKeys, optionalGlobalTagKeys } from '../../../src/core/story/tag-grammar.ts';
import { moodIds, sceneIds, sfxIds } from '../../../src/core/story/vocabulary.ts';
import { sourceWithKey } from '../../../src/core/protocol/sources.ts';
import { referenceFiles, referenceMarkdown } from '../../../tools/lib/reference-document.ts';
import { contextRules } from '../../../tools/lib/reference-rules.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const committed = (path: string) =>
  existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '';
const files = referenceFiles.map((f) => ({ ...f, text: committed(f.path) }));

/** Where two texts first differ, as "line N: committed … / generated …". */
function firstDifference(file: string, generated: string): string {
  if (file === '') return 'the file is missing';
  const a = file.split('\n');
  const b = generated.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const n = i === -1 ? a.length : i;
  return `first difference at line ${n + 1}: committed ${JSON.stringify(a[n]?.slice(0, 80))}, generated ${JSON.stringify(b[n]?.slice(0, 80))}`;
}

const rowOf = (text: string, id: string) =>
  text.split('\n').find((line) => line.startsWith(`| <a id="action-${id}"></a>`));

describe('docs/reference: the committed reference is what the catalogue generates', () => {
  it.each(files)('$path is up to date', ({ lang, path, text }) => {
    const generated = referenceMarkdown(lang);
    const same = text === generated;
    expect(
      same,
      `${path} is out of date (${firstDifference(text, generated)}): run npm run docs:reference`,
    ).toBe(true);
  });

  it('the generator is deterministic', () => {
    for (const { lang } of referenceFiles) expect(referenceMarkdown(lang)).toBe(referenceMarkdown(lang));
  });
});

describe('docs/reference: content', () => {
  it('is written in Spanish first, then English', () => {
    expect(referenceFiles.map((f) => f.lang)).toEqual(['es', 'en']);
    expect(files[0]!.text).toMatch(/^# Primer Contacto: referencia del protocolo\n/);
    expect(files[1]!.text).toMatch(/^# Primer Contacto: protocol reference\n/);
  });

  it.each(files)('$path has a row for every action id', ({ text }) => {
    const missing = actionIds.filter((id) => !rowOf(text, id));
    expect(missing).toEqual([]);
  });

  it.each(files)('$path has a row for every situation id', ({ text }) => {
    const missing = situationIds.filter((id) => !text.includes(`| <a id="situation-${id}"></a>\`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it.each(files)('$path has an entry for every standard id', ({ text }) => {
    const missing = standardIds.filter(
      (id) => !text.includes(`<a id="${id.toLowerCase()}"></a>\n#### ${id} · `),
    );
    expect(missing).toEqual([]);
  });

  it.each(files)('$path renders every rule row, numbered', ({ text }) => {
    for (let n = 1; n <= ruleRows.length; n++) expect(text).toContain(`<a id="r${n}"></a>**R${n}.**`);
    expect(text).not.toContain(`**R${ruleRows.length + 1}.**`);
  });

  const critical: Record<Language, string> = { es: 'crítica', en: 'critical' };
  const minor: Record<Language, string> = { es: 'leve', en: 'minor' };

  it.each(files)('$path: threaten_with_charge violates PRO-07, critical', ({ lang, text }) => {
    const cells = rowOf(text, 'threaten_with_charge')!.split(' | ');
    expect(cells[2]).toBe('—');
    expect(cells[3]).toBe('[PRO-07](#pro-07)');
    expect(cells[4]).toBe(critical[lang]);
  });

  it.each(files)(
    '$path: ask_option_question violates DIS-03 at its own severity, minor',
    ({ lang, text }) => {
      const cells = rowOf(text, 'ask_option_question')!.split(' | ');
      expect(cells[3]).toBe('[DIS-03](#dis-03)');
      expect(cells[4]).toBe(minor[lang]);
    },
  );

  it.each(files)('$path: the pass rule, weights and not_reached are stated', ({ lang, text }) => {
    const weights =
      lang === 'es'
        ? ['| leve | 1 |', '| grave | 3 |', '| crítica | 6 |']
        : ['| minor | 1 |', '| major | 3 |', '| critical | 6 |'];
    for (const w of weights) expect(text).toContain(w);
    expect(text).toContain(lang === 'es' ? 'es de al menos 75' : 'is at least 75');
    expect(text).toContain('`not_reached`');
    expect(text).toContain('`key:`');
  });

  it.each(files)(
    '$path: every link points inside the file, to the other language or to a file of the repository',
    ({ path, text }) => {
      const anchors = new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
      for (const [, target] of text.matchAll(/\]\(([^)]+)\)/g)) {
        if (target!.startsWith('#')) expect(anchors, target).toContain(target!.slice(1));
        else expect(existsSync(join(root, dirname(path), target!)), target).toBe(true);
      }
    },
  );

  it.each(files)("$path: source titles and notes are in the reader's language", ({ lang, text }) => {
    const other = lang === 'es' ? 'en' : 'es';
    for (const key of ['S11', 'S12', 'S27', 'S55']) {
      const source = sourceWithKey(key);
      expect(text).toContain(`  - ${key} · ${source.title[lang]} (${source.note![lang]}) · <`);
      expect(text).not.toContain(source.note![other]);
    }
  });

  it.each(files)('$path: web addresses appear only as the sources of a standard', ({ text }) => {
    const lines = text.split('\n').filter((line) => /https?:\/\//.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^ {2}- S\d+ · /);
  });
});

describe('docs/reference: the tags of a story (section 7)', () => {
  const section = (text: string) => text.slice(text.indexOf('<a id="tags"></a>'));

  it.each(files)('$path has a row for every global and line tag, required ones marked', ({ lang, text }) => {
    const rows = section(text).split('\n');
    const yes = lang === 'es' ? 'sí' : 'yes';
    for (const key of globalTagKeys)
      expect(
        rows.some((r) => r.startsWith(`| \`${key}:\` | ${yes} |`)),
        key,
      ).toBe(true);
    for (const key of [...optionalGlobalTagKeys, ...lineTagKeys])
      expect(
        rows.some((r) => r.startsWith(`| \`${key}:\` |`) || (key === 'open' && r.startsWith('| `open` |'))),
        key,
      ).toBe(true);
    // the option tags: do: and, at an open decision, q: with every question type
    for (const type of QUESTION_TYPES) expect(section(text), type).toContain(`\`${type}\``);
    expect(section(text)).toContain('`q:<');
  });

  it.each(files)('$path lists every mood, scene and sound, and every built-in person', ({ text }) => {
    const tags = section(text);
    for (const id of [...moodIds, ...sceneIds, ...sfxIds]) expect(tags).toContain(`\`${id}\``);
    for (const c of characters) expect(tags).toContain(`| \`${c.id}\` | \`${c.kind}\` |`);
  });
});

describe('docs/reference: the context rules in words match the machine', () => {
  const judged = (caseType: CaseType, flags: Partial<ProtocolFlags>, action: ActionId) => {
    const start = initialProtocolContext({ caseType, requires: [], lang: 'es' });
    const ctx = { ...start, flags: { ...start.flags, ...flags } };
    return judgeChoice(ctx, [action], [action]).verdicts.map((v) => `${v.cause} ${v.standard} ${v.outcome}`);
  };
  const on = (flags: readonly (keyof ProtocolFlags)[]) => Object.fromEntries(flags.map((f) => [f, true]));

  it.each(contextRules)('$id: $cause judges $standard', (rule) => {
    const caseType = rule.only?.[0] ?? 'domestic_violence';
    const expected = `${rule.cause} ${rule.standard} violated`;
    // The situation that triggers the rule: the parts it asks about as they must be.
    const trigger: Partial<ProtocolFlags> =
      rule.cause === 'context_interpreter' ? { locationPrivate: true, needsInterpreter: true } : {};
    expect(judged(caseType, trigger, 'ask_open_question')).toContain(expected);
    // With every part it asks about switched on (and the room private), it does not apply.
    const satisfied = { locationPrivate: true, ...on(rule.flags) };
    expect(judged(caseType, satisfied, 'ask_open_question')).not.toContain(expected);
    for (const type of rule.except ?? [])
      expect(judged(type, trigger, 'ask_open_question')).not.toContain(expected);
    if (rule.only) expect(judged('domestic_violence', trigger, 'ask_open_question')).not.toContain(expected);
  });
});
