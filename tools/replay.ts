/**
 * npm run replay -- STORY.ink --choices 0,2,1 [--mode evaluation] [--json] [--transcript]
 *   Plays one choice path and prints the resulting SessionRecord. With --json, a path
 *   that stops before an ending adds `open` (the options open there), and --transcript
 *   adds `transcript` (each step's lines, options and the option chosen).
 * npm run replay -- --verify RECORD.json [--stories DIR]
 *   Replays a stored record through the story version it names: exit 0 when everything
 *   it claims that a replay can prove matches, 1 when something differs (or the record
 *   is corrupt), 2 when that story version is not available. It says which fields were
 *   proven and which are only stated.
 */
import { join } from 'node:path';
import { CLASSIFIER_VERSION } from '../src/core/questions/classify.ts';
import { makeRecord } from '../src/core/record/make-record.ts';
import { PathError, playPath } from '../src/core/record/play-path.ts';
import { verifyRecord } from '../src/core/record/replay-record.ts';
import type { CaseMode } from '../src/core/record/session-record.ts';
import { storyHash } from '../src/core/record/story-hash.ts';
import type { CaseRun } from '../src/core/run/case-run.ts';
import type { StoryOption, StoryStep } from '../src/core/story/story-step.ts';
import { compileInk, formatIssue } from './lib/compile-ink.ts';
import { printRecord } from './lib/print-record.ts';
import { readRecordFile } from './lib/read-record-file.ts';
import { runCli } from './lib/run-cli.ts';

const option = (args: readonly string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function compileOrExit(file: string): string | undefined {
  const compiled = compileInk(file);
  if (!compiled.json)
    compiled.issues.filter((i) => i.level === 'error').forEach((i) => console.error(formatIssue(i)));
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

interface OptionOut {
  readonly index: number;
  readonly text: string;
  readonly actions: readonly string[];
}
interface TranscriptStep {
  readonly step: number;
  readonly lines: readonly { readonly speaker: string | null; readonly text: string }[];
  readonly options: readonly OptionOut[];
  readonly chosen: number | null;
}

const optionsOf = (options: readonly StoryOption[]): OptionOut[] =>
  options.map((o) => ({ index: o.index, text: o.text, actions: [...o.actions] }));
const entryOf = (step: StoryStep, chosen: number | null): TranscriptStep => ({
  step: step.index,
  lines: step.lines.map((l) => ({ speaker: l.speaker ?? null, text: l.text })),
  options: optionsOf(step.options),
  chosen,
});

/** Plays the path once, keeping what each step showed; a choice off the story is a PathError naming the step. */
function playWithTranscript(
  json: string,
  choices: readonly number[],
): { run: CaseRun; transcript: TranscriptStep[] } {
  const transcript: TranscriptStep[] = [];
  const run = playPath({
    json,
    choices,
    onStep: (step, chosen) => transcript.push(entryOf(step, chosen?.index ?? null)),
  });
  return { run, transcript };
}

function printTranscript(transcript: readonly TranscriptStep[]): void {
  for (const t of transcript) {
    console.log(`step ${t.step}`);
    t.lines.forEach((l) => console.log(`  ${l.speaker ? `${l.speaker}: ` : ''}${l.text}`));
    t.options.forEach((o) =>
      console.log(`  ${o.index === t.chosen ? '→' : ' '} [${o.index}] ${o.text} (${o.actions.join(', ')})`),
    );
  }
}

function play(args: readonly string[]): number {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!file)
    throw new Error(
      'usage: npm run replay -- STORY.ink --choices 0,2,1 [--mode evaluation] [--json] [--transcript]',
    );
  const mode = (option(args, '--mode') ?? 'practice') as CaseMode;
  if (mode !== 'practice' && mode !== 'evaluation')
    throw new Error(`--mode must be practice or evaluation, not '${String(mode)}'`);
  const choices = parseChoices(option(args, '--choices'));
  const json = compileOrExit(file);
  if (!json) return 1;
  let played;
  try {
    played = playWithTranscript(json, choices);
  } catch (error) {
    if (error instanceof PathError) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const { run, transcript } = played;
  const now = Date.now();
  const hash = storyHash(json);
  const record = makeRecord({
    run,
    recordId: `replay-${hash.slice(0, 8)}-${choices.join('.')}`,
    trainee: { name: 'replay', code: '' },
    mode,
    storyHash: hash,
    seed: 0,
    startedAt: now,
    endedAt: now,
  });
  const open = run.step.isEnd ? undefined : optionsOf(run.step.options);
  const withTranscript = args.includes('--transcript');
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({ ...record, ...(open && { open }), ...(withTranscript && { transcript }) }, null, 2),
    );
  } else {
    if (withTranscript) printTranscript(transcript);
    printRecord(record, run.step.isEnd);
    if (open) open.forEach((o) => console.log(`  open [${o.index}] ${o.text} (${o.actions.join(', ')})`));
  }
  if (open)
    console.error(
      `note: the path stops at step ${run.step.index}, before an ending (${open.length} options open)`,
    );
  return 0;
}

function verify(args: readonly string[]): number {
  const recordFile = option(args, '--verify');
  if (!recordFile) throw new Error('usage: npm run replay -- --verify RECORD.json [--stories DIR]');
  const parsed = readRecordFile(recordFile);
  if (!parsed.ok) {
    console.error(`${recordFile}: rejected: ${parsed.reason}`);
    return 1;
  }
  const { record, migrated } = parsed;
  if (migrated) {
    console.log(`${recordFile}: saved as schemaVersion ${migrated.from}, read after migration:`);
    migrated.log.forEach((line) => console.log(`  · ${line}`));
  }
  const storyFile = join(option(args, '--stories') ?? 'stories', record.caseId, `${record.language}.ink`);
  const json = compileInk(storyFile).json;
  const result = json
    ? verifyRecord(record, json)
    : { status: 'unverifiable' as const, reason: `${storyFile} is missing or does not compile` };
  if (result.status === 'unverifiable') {
    console.log(`${recordFile}: unverifiable: ${result.reason}`);
    return 2;
  }
  if (result.status === 'match') {
    console.log(
      `${recordFile}: verified: the ending, ${record.verdicts.length} verdicts and the scores match (overall ${record.scores.overall}).`,
    );
    const typed = record.typedQuestions ?? [];
    if (typed.length > 0)
      console.log(
        `${typed.length} typed question(s) re-classified to the same option by classifier ${CLASSIFIER_VERSION} (recorded with ${[...new Set(typed.map((t) => t.classifierVersion))].join(', ')}).`,
      );
  } else {
    console.log(`${recordFile}: does NOT match its replay:`);
    result.differences.forEach((d) => console.log(`  - ${d}`));
  }
  console.log(`proven by replay: ${result.proven.join(', ') || '(nothing)'}`);
  console.log(`only stated (a replay cannot prove them): ${result.stated.join(', ')}`);
  return result.status === 'match' ? 0 : 1;
}

runCli(() => {
  const args = process.argv.slice(2);
  return args.includes('--verify') ? verify(args) : play(args);
});
