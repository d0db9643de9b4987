import type { Verdict } from '../protocol/verdict.ts';
import type { CaseRun } from '../run/case-run.ts';
import { typedQuestionProblems } from '../run/typed-question.ts';
import type { StoryStep } from '../story/story-step.ts';
import { PathError, playPath } from './play-path.ts';
import {
  provableFields,
  statedFields,
  type ProvableField,
  type SessionRecord,
  type StatedField,
} from './session-record.ts';
import { storyHash } from './story-hash.ts';

/** What a replay showed: the fields it reproduced, and those the record only states. */
export interface Evidence {
  readonly proven: readonly ProvableField[];
  readonly stated: readonly StatedField[];
}

export type Verification =
  | ({ readonly status: 'match' } & Evidence)
  | ({ readonly status: 'mismatch'; readonly differences: readonly string[] } & Evidence)
  | { readonly status: 'unverifiable'; readonly reason: string };

/** A verdict's language-free fields, in one line: `1 ENV-03 violated critical action=… cause=… situation=…`. */
export function verdictKey(v: Verdict): string {
  const { escalation, situation, anyOf, endedAt } = v.params;
  const parts = [String(v.step), v.standard, v.outcome, v.severity, `cause=${v.cause}`];
  if (v.action) parts.push(`action=${v.action}`);
  if (escalation) parts.push(`escalation=${escalation}`);
  if (situation) parts.push(`situation=${situation}`);
  if (anyOf) parts.push(`anyOf=${anyOf.join('|')}`);
  if (endedAt !== undefined) parts.push(`endedAt=${endedAt}`);
  return parts.join(' ');
}

/** Which verdicts of each list the other also has, in order (longest common subsequence). */
function common(a: readonly string[], b: readonly string[]): { inA: boolean[]; inB: boolean[] } {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] ?? [];
      row[j] =
        a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const inA = a.map(() => false);
  const inB = b.map(() => false);
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) [inA[i], inB[j], i, j] = [true, true, i + 1, j + 1];
    else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return { inA, inB };
}

/**
 * The verdicts that differ, each named by its step and standard: one the replay gives
 * differently, one only the record has, or one only the replay gives.
 */
export function verdictDifferences(stored: readonly Verdict[], replayed: readonly Verdict[]): string[] {
  const a = stored.map(verdictKey);
  const b = replayed.map(verdictKey);
  const { inA, inB } = common(a, b);
  const extra = replayed.map((v, j) => ({ v, j })).filter(({ j }) => !inB[j]);
  const differences: string[] = [];
  stored.forEach((v, i) => {
    if (inA[i]) return;
    const k = extra.findIndex((e) => e.v.step === v.step && e.v.standard === v.standard);
    const twin = k >= 0 ? extra.splice(k, 1)[0] : undefined;
    differences.push(
      twin
        ? `verdict ${i + 1} (step ${v.step} ${v.standard}): record has [${a[i]}], replay gives [${b[twin.j]}]`
        : `verdict ${i + 1} (step ${v.step} ${v.standard}): record has [${a[i]}], replay gives no such verdict`,
    );
  });
  for (const { v, j } of extra) {
    differences.push(
      `replay verdict ${j + 1} (step ${v.step} ${v.standard}): replay gives [${b[j]}], record has no such verdict`,
    );
  }
  return differences;
}

type Check = readonly [ProvableField, string[]];

function scoreDifferences(record: SessionRecord, run: CaseRun): Check[] {
  const result = run.result();
  const scores: string[] = [];
  if (record.scores.overall !== result.scores.overall) {
    scores.push(`overall score: record has ${record.scores.overall}, replay gives ${result.scores.overall}`);
  }
  const competencies = new Set([
    ...Object.keys(record.scores.competencies),
    ...Object.keys(result.scores.competencies),
  ]);
  for (const c of competencies) {
    const a = record.scores.competencies[c as keyof typeof record.scores.competencies];
    const b = result.scores.competencies[c as keyof typeof result.scores.competencies];
    if (a !== b) scores.push(`${c} score: record has ${a ?? 'none'}, replay gives ${b ?? 'none'}`);
  }
  const passed =
    record.passed === result.passed
      ? []
      : [`passed: record says ${record.passed}, replay gives ${result.passed}`];
  return [
    ['scores', scores],
    ['passed', passed],
  ];
}

function levelDifferences(record: SessionRecord, run: CaseRun): string[] {
  const replayed = run.context.levels;
  const show = (l: SessionRecord['levels'][number] | undefined) =>
    l ? `trust ${l.trust} distress ${l.distress}` : 'nothing';
  const differences: string[] = [];
  for (let i = 0; i < Math.max(record.levels.length, replayed.length); i++) {
    const a = record.levels[i];
    const b = replayed[i];
    if (a?.trust !== b?.trust || a?.distress !== b?.distress)
      differences.push(`levels after step ${i}: record has ${show(a)}, replay gives ${show(b)}`);
  }
  return differences;
}

function typedDifferences(record: SessionRecord, steps: ReadonlyMap<number, StoryStep>): string[] {
  return (record.typedQuestions ?? []).flatMap((t) => {
    const step = steps.get(t.step);
    if (!step) return [`typed question at step ${t.step}: the path has no such decision`];
    return typedQuestionProblems(step, t, record.choices[t.step], record.language);
  });
}

function evidence(checks: readonly Check[]): Evidence & { differences: string[] } {
  const failed = new Set(checks.filter(([, d]) => d.length > 0).map(([f]) => f));
  const checked = new Set(checks.map(([f]) => f));
  return {
    proven: provableFields.filter((f) => checked.has(f) && !failed.has(f)),
    stated: [...statedFields],
    differences: checks.flatMap(([, d]) => d),
  };
}

/**
 * Re-runs a record's choice path through the same story version and machine and says
 * whether what it claims is reproduced: the case and language the story declares, its
 * ending, verdicts (by their language-free fields), scores, pass mark and the child's
 * levels. Who played, in which mode and when cannot be replayed: those stay `stated`.
 * `json` must be the story the record names; any other version makes it unverifiable.
 */
export function verifyRecord(record: SessionRecord, json: string): Verification {
  if (storyHash(json) !== record.storyHash) {
    return {
      status: 'unverifiable',
      reason: `story version ${record.storyHash.slice(0, 12)} is not available`,
    };
  }
  let run;
  const typed = record.typedQuestions ?? [];
  const steps = new Map<number, StoryStep>();
  try {
    run = playPath({
      json,
      choices: record.choices,
      seed: record.seed,
      onStep: (step) => {
        if (typed.some((t) => t.step === step.index)) steps.set(step.index, step);
      },
    });
  } catch (error) {
    if (!(error instanceof PathError)) throw error;
    const { differences, ...rest } = evidence([
      ['storyHash', []],
      ['choices', [error.message]],
    ]);
    return { status: 'mismatch', differences, ...rest };
  }
  const ending = run.step.ending ?? null;
  const checks: Check[] = [
    ['storyHash', []],
    [
      'caseId',
      run.info.caseId === record.caseId
        ? []
        : [`caseId: record has ${record.caseId}, the story is ${run.info.caseId}`],
    ],
    [
      'language',
      run.info.lang === record.language
        ? []
        : [`language: record has ${record.language}, the story is ${run.info.lang}`],
    ],
    ['choices', run.step.isEnd ? [] : [`the choice path stops at step ${run.step.index}, before an ending`]],
    [
      'ending',
      ending === record.ending
        ? []
        : [`ending: record has ${record.ending ?? 'none'}, replay gives ${ending ?? 'none'}`],
    ],
    ['verdicts', verdictDifferences(record.verdicts, run.context.verdicts)],
    ...scoreDifferences(record, run),
    ['levels', levelDifferences(record, run)],
  ];
  if (typed.length > 0) checks.push(['typedQuestions', typedDifferences(record, steps)]);
  const { differences, ...rest } = evidence(checks);
  return differences.length === 0
    ? { status: 'match', ...rest }
    : { status: 'mismatch', differences, ...rest };
}
