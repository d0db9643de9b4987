import type { ActionId } from '../../src/core/protocol/actions.ts';
import { caseTypes, type CaseType } from '../../src/core/protocol/case-types.ts';
import type { Language } from '../../src/core/language.ts';
import { initialProtocolContext } from '../../src/core/protocol/protocol-context.ts';
import type { Severity } from '../../src/core/protocol/severity.ts';
import { chartFlags, chartTriggers, type ChartFlag } from '../../src/core/protocol/situation-chart.ts';
import { situationObligation } from '../../src/core/protocol/situation-rules.ts';
import { situationTexts } from '../../src/core/protocol/situation-texts.ts';
import { situationIds, type SituationId } from '../../src/core/protocol/situations.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import {
  actionLink,
  anchor,
  code,
  contextLink,
  list,
  situationLink,
  standardLink,
  table,
} from './reference-markdown.ts';
import { contextRules, ruleNumbersAsking } from './reference-rules.ts';
import { flagName, flagWords, severityWord } from './reference-words.ts';

/** The obligation a situation opens, as the machine opens it at the start of a case of each type. */
export interface ObligationInfo {
  readonly anyOf: readonly ActionId[];
  /** Choices that may still meet it; null: before the case ends. */
  readonly within: number | null;
  readonly standard: StandardId;
  readonly severityByType: ReadonlyMap<CaseType, Severity>;
}

const obligations = new Map<SituationId, ObligationInfo | undefined>();

export function obligationOf(situation: SituationId): ObligationInfo | undefined {
  if (!obligations.has(situation)) obligations.set(situation, openedObligation(situation));
  return obligations.get(situation);
}

function openedObligation(situation: SituationId): ObligationInfo | undefined {
  const severityByType = new Map<CaseType, Severity>();
  let info: Omit<ObligationInfo, 'severityByType'> | undefined;
  for (const caseType of caseTypes) {
    const ctx = initialProtocolContext({ caseType, requires: [], lang: 'es' });
    const o = situationObligation(ctx, situation);
    if (!o) return undefined;
    const within = o.dueStep === null ? null : o.dueStep - ctx.step + 1;
    info ??= { anyOf: o.anyOf, within, standard: o.standard };
    severityByType.set(caseType, o.severity);
  }
  return info && { ...info, severityByType };
}

function usualSeverity(info: ObligationInfo): Severity {
  const counts = new Map<Severity, number>();
  for (const s of info.severityByType.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The obligation's severity in a case of this type, when it is not the one of most types. */
export function unusualSeverity(info: ObligationInfo, type: CaseType): Severity | undefined {
  const s = info.severityByType.get(type);
  return s === usualSeverity(info) ? undefined : s;
}

/** "crítica en `sexual_violence`; grave en los demás tipos", or one severity when the type makes no difference. */
export function obligationSeverity(lang: Language, info: ObligationInfo): string {
  const byType = [...info.severityByType];
  const usual = usualSeverity(info);
  const others = [...new Set(info.severityByType.values())].filter((s) => s !== usual);
  if (others.length === 0) return severityWord(lang, usual);
  const special = others.map((s) => {
    const types = byType.filter(([, x]) => x === s).map(([t]) => code(t));
    return `${severityWord(lang, s)} ${lang === 'es' ? 'en' : 'in'} ${list(lang, types)}`;
  });
  const rest = lang === 'es' ? 'en los demás tipos' : 'in the other types';
  return [...special, `${severityWord(lang, usual)} ${rest}`].join('; ');
}

/** "la decisión siguiente" / "one of the next 2 choices" / "before the case ends". */
export function withinWords(lang: Language, within: number | null): string {
  if (within === null) return lang === 'es' ? 'antes de que termine el caso' : 'before the case ends';
  if (within === 1) return lang === 'es' ? 'en la decisión siguiente' : 'in the next choice';
  return lang === 'es'
    ? `en una de las ${within} decisiones siguientes`
    : `in one of the next ${within} choices`;
}

function switches(lang: Language, situation: SituationId): string {
  const parts: string[] = [];
  for (const flag of chartFlags) {
    const t = chartTriggers[flag];
    if (t.onSituations?.includes(situation))
      parts.push(`${lang === 'es' ? 'enciende' : 'switches on'} ${flagName(lang, flag)}`);
    if (t.offSituations?.includes(situation))
      parts.push(`${lang === 'es' ? 'apaga' : 'switches off'} ${flagName(lang, flag)}`);
  }
  return parts.join('; ') || '—';
}

function triggerList(
  lang: Language,
  situations?: readonly SituationId[],
  actions?: readonly ActionId[],
): string {
  const parts: string[] = [];
  if (situations?.length)
    parts.push(
      `${lang === 'es' ? 'situaciones' : 'situations'}: ${situations.map(situationLink).join(', ')}`,
    );
  if (actions?.length)
    parts.push(`${lang === 'es' ? 'acciones' : 'actions'}: ${actions.map(actionLink).join(', ')}`);
  return parts.join('; ') || '—';
}

function askedBy(flag: ChartFlag): string {
  const rules = ruleNumbersAsking(flag).map((n) => `[R${n}](#r${n})`);
  const context = contextRules.filter((c) => c.flags.includes(flag)).map((c) => contextLink(c.id));
  return [...rules, ...context].join(', ') || '—';
}

const text = {
  es: {
    title: '5. Las situaciones',
    intro:
      'Una situación es lo que le pasa al agente, marcado en la historia con `#event:<situación>` en una línea. Puede encender o apagar una parte de la situación (que las reglas consultan) y abrir una obligación: una de las acciones indicadas debe llegar dentro del plazo, o el estándar queda incumplido con la gravedad indicada. El plazo cuenta las decisiones que siguen a la situación.',
    head: [
      'situación',
      'qué pasa',
      'parte de la situación',
      'la elección debe llevar',
      'plazo',
      'estándar',
      'gravedad',
    ],
    chart: '### Las partes de la situación',
    chartIntro:
      'La máquina del protocolo guarda cada parte en una región paralela: encendida o apagada. Al empezar un caso todas están apagadas. Las situaciones y las acciones del agente las encienden y apagan; las reglas condicionales (R) y las reglas de contexto (C) de la sección 4 las consultan.',
    chartHead: ['parte', 'qué significa', 'la encienden', 'la apagan', 'la consultan'],
  },
  en: {
    title: '5. The situations',
    intro:
      'A situation is what happens to the officer, marked in the story with `#event:<situation>` on a line. It can switch a part of the situation on or off (the rules ask about these parts) and open an obligation: one of the listed actions must come within the time limit, or the standard is violated at the given severity. The time limit counts the decisions that follow the situation.',
    head: [
      'situation',
      'what happens',
      'part of the situation',
      'the choice must carry',
      'time limit',
      'standard',
      'severity',
    ],
    chart: '### The parts of the situation',
    chartIntro:
      "The protocol machine keeps each part in a parallel region: on or off. At the start of a case every part is off. Situations and the officer's actions switch them on and off; the conditional rules (R) and the context rules (C) of section 4 ask about them.",
    chartHead: ['part', 'what it means', 'switched on by', 'switched off by', 'asked about by'],
  },
};

/** Section 5: each situation, the part of the situation it switches and the obligation it opens. */
export function situationsSection(lang: Language): string[][] {
  const t = text[lang];
  const rows = situationIds.map((s) => {
    const o = obligationOf(s);
    const actions = o ? list(lang, o.anyOf.map(actionLink)) : '—';
    return [
      `${anchor(`situation-${s}`)}${code(s)}`,
      situationTexts[s][lang],
      switches(lang, s),
      actions,
      o ? withinWords(lang, o.within) : '—',
      o ? standardLink(o.standard) : '—',
      o ? obligationSeverity(lang, o) : '—',
    ];
  });
  const chartRows = chartFlags.map((flag) => {
    const tr = chartTriggers[flag];
    return [
      `${flagWords[flag].name[lang]} (${code(flag)})`,
      flagWords[flag].meaning[lang],
      triggerList(lang, tr.onSituations, tr.onActions),
      triggerList(lang, tr.offSituations, tr.offActions),
      askedBy(flag),
    ];
  });
  return [
    [anchor('situations'), `## ${t.title}`],
    [t.intro],
    table(t.head, rows),
    [t.chart],
    [t.chartIntro],
    table(t.chartHead, chartRows),
  ];
}
