import type { ActionId } from '../protocol/actions.ts';
import { actionTexts } from '../protocol/action-texts.ts';
import { escalations, escalationTexts, type Escalation } from '../protocol/escalations.ts';
import { languages } from '../language.ts';
import type { Verdict, VerdictParams } from '../protocol/verdict.ts';
import type { RecordV1, VerdictV1 } from './record-schema.ts';
import type { SessionRecord } from './session-record.ts';

/*
 * Migrations between saved-record formats, one per version step, chosen by the
 * record's schemaVersion. Each returns the record in the next format and a log of
 * what it changed, built from the values actually set.
 */

export interface Migrated<T> {
  readonly record: T;
  readonly log: readonly string[];
}

const quotes = { es: ['«', '»'], en: ['“', '”'] } as const;
const raisedLabel = { es: 'agravado: ', en: 'raised: ' } as const;
const obligationLabel = { es: 'no se hizo a tiempo: ', en: 'this did not come in time: ' } as const;

/** The escalation a v1 reason ends with, ` (agravado: …)` or ` (raised: …)`, in either language. */
export function escalationInReason(reason: string): {
  escalation?: Escalation;
  unknown?: string;
  rest: string;
} {
  for (const lang of languages) {
    const marker = ` (${raisedLabel[lang]}`;
    const at = reason.lastIndexOf(marker);
    if (at < 0 || !reason.endsWith(')')) continue;
    const said = reason.slice(at + marker.length, -1);
    const rest = reason.slice(0, at);
    const escalation = escalations.find((e) => languages.some((l) => escalationTexts[e][l] === said));
    return escalation ? { escalation, rest } : { unknown: said, rest };
  }
  return { rest: reason };
}

/**
 * The actions a v1 missed-obligation reason offered as alternatives (the part after
 * “no se hizo a tiempo:” / “this did not come in time:”), in the order it names them.
 */
export function alternativesInReason(reason: string): ActionId[] {
  const found: { action: ActionId; at: number }[] = [];
  for (const lang of languages) {
    const start = reason.indexOf(obligationLabel[lang]);
    if (start < 0) continue;
    const tail = reason.slice(start + obligationLabel[lang].length);
    const [open, close] = quotes[lang];
    for (const [action, texts] of Object.entries(actionTexts) as [
      ActionId,
      (typeof actionTexts)[ActionId],
    ][]) {
      const at = tail.indexOf(`${open}${texts[lang]}${close}`);
      if (at >= 0) found.push({ action, at });
    }
    break;
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.action);
}

function verdictV1ToV2(old: VerdictV1, n: number, log: string[]): Verdict {
  const { reason, situation, ...kept } = old;
  const params: { -readonly [K in keyof VerdictParams]: VerdictParams[K] } = {};
  const where = `verdict ${n} (${old.standard})`;
  const raised = escalationInReason(reason);
  if (raised.escalation) {
    params.escalation = raised.escalation;
    log.push(`${where}: params.escalation = ${raised.escalation}, read from its reason`);
  }
  if (raised.unknown !== undefined)
    log.push(`${where}: its reason names an escalation this version does not know: "${raised.unknown}"`);
  if (situation) {
    params.situation = situation;
    log.push(`${where}: params.situation = ${situation}, moved from 'situation'`);
  }
  if (old.cause === 'missed_obligation') {
    const anyOf = alternativesInReason(raised.rest);
    if (anyOf.length > 0) {
      params.anyOf = anyOf;
      log.push(`${where}: params.anyOf = ${anyOf.join(', ')}, read from its reason`);
    } else {
      log.push(`${where}: no alternative action could be read from its reason; params.anyOf left out`);
    }
  }
  return { ...kept, params };
}

/** v1 → v2: verdicts lose their prose `reason`; what it said is kept as language-free params. */
export function migrateV1toV2(old: RecordV1): Migrated<SessionRecord> {
  const log: string[] = [];
  const verdicts = old.verdicts.map((v, i) => verdictV1ToV2(v, i + 1, log));
  if (verdicts.length > 0)
    log.unshift(
      `schemaVersion 1 → 2: 'reason' dropped from ${verdicts.length} verdicts (rendered when shown)`,
    );
  else log.unshift('schemaVersion 1 → 2');
  return { record: { ...old, schemaVersion: 2, verdicts }, log };
}

/** The migration that reads each older version, by the schemaVersion it reads. */
export const migrations = { 1: migrateV1toV2 } as const;
