/**
 * npm run replay -- STORY.ink --choices 0,2,1 [--mode evaluation] [--json]
 *   Plays one choice path and prints the resulting SessionRecord.
 * npm run replay -- --verify RECORD.json [--stories DIR]
 *   Replays a stored record through the story version it names: exit 0 when its
 *   verdicts and scores match, 1 when they differ (or the record is corrupt),
 *   2 when that story version is not available.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRecord } from '../src/core/record/make-record.ts';
import { parseRecord } from '../src/core/record/parse-record.ts';
import { PathError, playPath } from '../src/core/record/play-path.ts';
import { verifyRecord } from '../src/core/record/replay-record.ts';
import type { CaseMode } from '../src/core/record/session-record.ts';
import { storyHash } from '../src/core/record/story-hash.ts';
import { compileInk, formatIssue } from './lib/compile-ink.ts';
import { printRecord } from './lib/print-record.ts';
import { runCli } from './lib/run-cli.ts';

const option = (args: readonly string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function compileOrExit(file: string): string | undefined {
  const compiled = compileInk(file);
  if (!compiled.json) compiled.issues.filter((i) => i.level === 'error').forEach((i) => console.error(formatIssue(i)));
  return compiled.json ?? undefined;
}

function parseChoices(text: string | undefined): number[] {
  if (text === undefined) throw new Error('--choices is required, e.g. --choices 0,2,1');
  if (text.trim() === '') return [];
  return text.split(',').map((c) => {
    const n = Number(c.trim());
    if (!Number.isInteger(n) || n < 0) throw new Error(`--choices: '${c}' is not an option index`);
    return n;
  });
}

function play(args: readonly string[]): number {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!file) throw new Error('usage: npm run replay -- STORY.ink --choices 0,2,1 [--mode evaluation] [--json]');
  const mode = (option(args, '--mode') ?? 'practice') as CaseMode;
  if (mode !== 'practice' && mode !== 'evaluation') throw new Error(`--mode must be practice or evaluation, not '${String(mode)}'`);
  const choices = parseChoices(option(args, '--choices'));
  const json = compileOrExit(file);
  if (!json) return 1;
  let run;
  try {
    run = playPath({ json, choices });
  } catch (error) {
    if (error instanceof PathError) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const now = Date.now();
  const hash = storyHash(json);
  const record = makeRecord({ run, recordId: `replay-${hash.slice(0, 8)}-${choices.join('.')}`, trainee: { name: 'replay', code: '' }, mode, storyHash: hash, seed: 0, startedAt: now, endedAt: now });
  if (args.includes('--json')) console.log(JSON.stringify(record, null, 2));
  else printRecord(record, run.step.isEnd);
  if (!run.step.isEnd) console.error(`note: the path stops at step ${run.step.index}, before an ending (${run.step.options.length} options open)`);
  return 0;
}

function verify(args: readonly string[]): number {
  const recordFile = option(args, '--verify');
  if (!recordFile) throw new Error('usage: npm run replay -- --verify RECORD.json [--stories DIR]');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(recordFile, 'utf8'));
  } catch (error) {
    console.error(`${recordFile}: rejected: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const parsed = parseRecord(data);
  if (!parsed.ok) {
    console.error(`${recordFile}: rejected: ${parsed.reason}`);
    return 1;
  }
  const { record } = parsed;
  const storyFile = join(option(args, '--stories') ?? 'stories', record.caseId, `${record.language}.ink`);
  const json = compileInk(storyFile).json;
  const result = json ? verifyRecord(record, json) : { status: 'unverifiable' as const, reason: `${storyFile} is missing or does not compile` };
  if (result.status === 'match') console.log(`${recordFile}: verified: ${record.verdicts.length} verdicts and the scores match (overall ${record.scores.overall}).`);
  if (result.status === 'mismatch') {
    console.log(`${recordFile}: does NOT match its replay:`);
    result.differences.forEach((d) => console.log(`  - ${d}`));
  }
  if (result.status === 'unverifiable') console.log(`${recordFile}: unverifiable: ${result.reason}`);
  return { match: 0, mismatch: 1, unverifiable: 2 }[result.status];
}

runCli(() => {
  const args = process.argv.slice(2);
  return args.includes('--verify') ? verify(args) : play(args);
});
