import Papa from 'papaparse';
import { competencies } from '../../src/core/protocol/competencies.ts';
import type { Language } from '../../src/core/language.ts';
import { verdictReason } from '../../src/core/protocol/reasons.ts';
import { standardWithId } from '../../src/core/protocol/standards.ts';
import type { AttemptFacts } from './attempt-facts.ts';
import type { Override, StepComment } from './dashboard-store.ts';
import { passedUnder, type ClassRule, type TraineeName } from './overview.ts';

/** UTF-8 with a byte-order mark, so a spreadsheet opens accents intact. */
export const bom = '\uFEFF';

/**
 * CSV text by papaparse: quoted where needed, CRLF rows, and cells that start with
 * = + - @ (a formula to a spreadsheet) prefixed with a quote.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    bom +
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))) },
      { escapeFormulae: true, newline: '\r\n' },
    )
  );
}

/** The rows of a CSV text (BOM dropped), for reading an export back. */
export function fromCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

const iso = (ms: number) => new Date(ms).toISOString();
const bool = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? 'true' : 'false');

export interface ExportInput {
  readonly className: string;
  readonly trainees: ReadonlyMap<string, TraineeName>;
  readonly attempts: readonly AttemptFacts[];
  readonly rule: ClassRule;
  readonly comments: readonly StepComment[];
  readonly overrides: readonly Override[];
  readonly lang: Language;
}

const latest = (overrides: readonly Override[], recordId: string) =>
  overrides.filter((o) => o.recordId === recordId).at(-1);

/** One row per attempt: the server's result, the class's pass, the override beside it, the comments. */
export function attemptsCsv(x: ExportInput): string {
  const header = [
    'class',
    'trainee',
    'trainee_code',
    'record_id',
    'case',
    'mode',
    'language',
    'status',
    'witnessed',
    'started_at',
    'ended_at',
    'ending',
    'overall',
    'passed',
    ...competencies.map((c) => `score_${c}`),
    'override_passed',
    'override_overall',
    'override_reason',
    'override_by',
    'override_at',
    'comments',
  ];
  const rows = x.attempts.map((a) => {
    const t = x.trainees.get(a.traineeId);
    const o = latest(x.overrides, a.recordId);
    const notes = x.comments
      .filter((c) => c.recordId === a.recordId)
      .map((c) => `[${c.step + 1}] ${c.author}: ${c.body}`)
      .join('\n');
    return [
      x.className,
      t?.name,
      t?.code,
      a.recordId,
      a.caseId,
      a.mode,
      a.language,
      a.status,
      bool(a.witnessed),
      iso(a.startedAt),
      iso(a.endedAt),
      a.ending,
      a.overall,
      bool(passedUnder(a, x.rule)),
      ...competencies.map((c) => a.competencies[c]),
      bool(o?.passed),
      o?.overall,
      o?.reason,
      o?.author,
      o ? iso(o.createdAt) : '',
      notes,
    ];
  });
  return toCsv(header, rows);
}

/** One row per verdict of the server's replay, its reason in `lang`, and the comments on its step. */
export function verdictsCsv(x: ExportInput): string {
  const header = [
    'trainee',
    'trainee_code',
    'record_id',
    'case',
    'mode',
    'decision',
    'standard',
    'standard_title',
    'outcome',
    'severity',
    'reason',
    'step_comments',
  ];
  const rows = x.attempts.flatMap((a) => {
    const t = x.trainees.get(a.traineeId);
    return (a.verdicts ?? []).map((v) => [
      t?.name,
      t?.code,
      a.recordId,
      a.caseId,
      a.mode,
      v.step + 1,
      v.standard,
      standardWithId(v.standard).title[x.lang],
      v.outcome,
      v.severity,
      verdictReason(v, x.lang),
      x.comments
        .filter((c) => c.recordId === a.recordId && c.step === v.step)
        .map((c) => `${c.author}: ${c.body}`)
        .join('\n'),
    ]);
  });
  return toCsv(header, rows);
}
