import { actionTexts } from '../../src/core/protocol/action-texts.ts';
import { actionIds, actionRule, type ActionId } from '../../src/core/protocol/actions.ts';
import { caseTypes, type CaseType } from '../../src/core/protocol/case-types.ts';
import { escalationTexts, type Escalation } from '../../src/core/protocol/escalations.ts';
import type { Language } from '../../src/core/language.ts';
import { initialProtocolContext } from '../../src/core/protocol/protocol-context.ts';
import { judgeEnd } from '../../src/core/protocol/protocol-rules.ts';
import {
  requirementExcuses,
  ruleRows,
  type Condition,
  type RuleRow,
} from '../../src/core/protocol/rulebook.ts';
import type { Severity } from '../../src/core/protocol/severity.ts';
import type { ChartFlag } from '../../src/core/protocol/situation-chart.ts';
import type { StandardId } from '../../src/core/protocol/standard-ids.ts';
import { standardWithId } from '../../src/core/protocol/standards.ts';
import type { VerdictCause } from '../../src/core/protocol/verdict.ts';
import { actionLink, anchor, and, code, list, quote, standardLink } from './reference-markdown.ts';
import { flagName, severityWord } from './reference-words.ts';

const numbered = ruleRows.map((row, i) => ({ row, n: i + 1 }));
const numbersWhere = (test: (row: RuleRow) => boolean) =>
  numbered.filter(({ row }) => test(row)).map(({ n }) => n);

/** The rules (R-numbers) that ask about a part of the situation. */
export const ruleNumbersAsking = (flag: ChartFlag) =>
  numbersWhere((r) => r.when.active === flag || r.when.inactive === flag);
/** The rules that judge a standard, or take its base verdict away. */
export const ruleNumbersFor = (id: StandardId) => numbersWhere((r) => r.standard === id || r.replaces === id);
/** The rules about an action. */
export const ruleNumbersOfAction = (action: ActionId) => numbersWhere((r) => r.action === action);
/** The rules that apply only in some case types, this one among them. */
export const ruleNumbersOfType = (type: CaseType) =>
  numbersWhere((r) => r.when.caseTypes?.includes(type) ?? false);

/** The context rules for a question about the account (protocol-rules.ts), in the order they are checked. */
export interface ContextRule {
  readonly id: string;
  readonly cause: VerdictCause;
  readonly standard: StandardId;
  readonly flags: readonly ChartFlag[];
  readonly only?: readonly CaseType[];
  readonly except?: readonly CaseType[];
  readonly text: (lang: Language, judged: string) => string;
}

export const contextRules: readonly ContextRule[] = [
  {
    id: 'C1',
    cause: 'context_no_counsel',
    standard: 'REF-06',
    flags: ['rightsExplained', 'counselRequested'],
    only: ['conflict_with_law'],
    text: (lang, judged) =>
      lang === 'es'
        ? `En un caso ${code('conflict_with_law')}, una pregunta sobre los hechos mientras ${flagName(lang, 'rightsExplained')} o ${flagName(lang, 'counselRequested')} no está activa ${judged}. La pregunta misma no se juzga: cuenta como ${code('question_without_counsel')}, y C2 y C3 no se comprueban.`
        : `In a ${code('conflict_with_law')} case, a question about the account while ${flagName(lang, 'rightsExplained')} or ${flagName(lang, 'counselRequested')} is not active ${judged}. The question itself is not judged: it counts as ${code('question_without_counsel')}, and C2 and C3 are not checked.`,
  },
  {
    id: 'C2',
    cause: 'context_public_area',
    standard: 'ENV-01',
    flags: ['locationPrivate'],
    except: ['lost_child'],
    text: (lang, judged) =>
      lang === 'es'
        ? `En cualquier tipo de caso salvo ${code('lost_child')}, la primera pregunta sobre los hechos mientras ${flagName(lang, 'locationPrivate')} no está activa ${judged}, una sola vez por caso. La pregunta se juzga además por su propia regla.`
        : `In any case type but ${code('lost_child')}, the first question about the account while ${flagName(lang, 'locationPrivate')} is not active ${judged}, once per case. The question is also judged by its own rule.`,
  },
  {
    id: 'C3',
    cause: 'context_interpreter',
    standard: 'COM-02',
    flags: ['needsInterpreter', 'interpreterRequested'],
    text: (lang, judged) =>
      lang === 'es'
        ? `La primera pregunta sobre los hechos mientras ${flagName(lang, 'needsInterpreter')} está activa y ${flagName(lang, 'interpreterRequested')} no lo está ${judged}, una sola vez por caso. La pregunta se juzga además por su propia regla.`
        : `The first question about the account while ${flagName(lang, 'needsInterpreter')} is active and ${flagName(lang, 'interpreterRequested')} is not ${judged}, once per case. The question is also judged by its own rule.`,
  },
];

/** The context rules that apply only in, or not in, some case types, this one among them. */
export const contextRulesOfType = (type: CaseType) =>
  contextRules.filter((c) => c.only?.includes(type) || c.except?.includes(type));

/** "`ask_for_details` («Preguntar por detalles…»)". */
export const actionWithText = (lang: Language, action: ActionId) =>
  `${actionLink(action)} (${quote(lang, actionTexts[action][lang])})`;

const verb = (lang: Language, outcome: 'met' | 'violated') =>
  outcome === 'met' ? (lang === 'es' ? 'cumple' : 'meets') : lang === 'es' ? 'incumple' : 'violates';

/** "incumple [DIS-02](#dis-02) como falta crítica (agravado: …)". */
export function judgedWords(
  lang: Language,
  outcome: 'met' | 'violated',
  standard: StandardId,
  severity?: Severity,
  escalation?: Escalation,
): string {
  let s = `${verb(lang, outcome)} ${standardLink(standard)}`;
  if (outcome === 'violated') {
    const sev = severityWord(lang, severity ?? standardWithId(standard).severity);
    s += lang === 'es' ? ` como falta ${sev}` : ` at ${sev} severity`;
  }
  if (escalation) s += ` (${lang === 'es' ? 'agravado' : 'raised'}: ${escalationTexts[escalation][lang]})`;
  return s;
}

function condition(lang: Language, when: Condition): string {
  const parts: string[] = [];
  if (when.caseTypes)
    parts.push(
      `${lang === 'es' ? 'el tipo de caso es' : 'the case type is'} ${list(lang, when.caseTypes.map(code))}`,
    );
  if (when.active)
    parts.push(`${flagName(lang, when.active)} ${lang === 'es' ? 'está activa' : 'is active'}`);
  if (when.inactive)
    parts.push(`${flagName(lang, when.inactive)} ${lang === 'es' ? 'no está activa' : 'is not active'}`);
  if (parts.length === 0) return lang === 'es' ? 'Siempre' : 'Always';
  return `${lang === 'es' ? 'Cuando' : 'When'} ${list(lang, parts, and)}`;
}

function replaced(lang: Language, row: RuleRow): string {
  if (!row.replaces) return '';
  const base = actionRule(row.action);
  const own =
    base.met === row.replaces
      ? judgedWords(lang, 'met', row.replaces)
      : base.violated === row.replaces
        ? judgedWords(lang, 'violated', row.replaces, base.severity)
        : standardLink(row.replaces);
  return lang === 'es' ? `, en lugar de su regla base (${own})` : `, instead of its base rule (${own})`;
}

/** One conditional rule in words. */
export function ruleSentence(lang: Language, row: RuleRow): string {
  const judged = judgedWords(lang, row.outcome, row.standard, row.severity, row.escalation);
  return `${condition(lang, row.when)}, ${actionWithText(lang, row.action)} ${judged}${replaced(lang, row)}.`;
}

/** The verdicts a required action gets when it was offered and never taken, as the end of the case gives them. */
export function requirementVariants(action: ActionId): { severity: Severity; escalation?: Escalation }[] {
  const seen = new Map<string, { severity: Severity; escalation?: Escalation }>();
  const others = actionIds.filter((a) => a !== action);
  for (const caseType of caseTypes) {
    for (const taken of [[], others]) {
      const ctx = {
        ...initialProtocolContext({ caseType, requires: [action], lang: 'es' }),
        offered: [action],
        taken,
      };
      const v = judgeEnd(ctx).verdicts.find((x) => x.cause === 'missing_requirement');
      if (!v) continue;
      const { escalation } = v.params;
      seen.set(`${v.severity} ${escalation ?? ''}`, {
        severity: v.severity,
        ...(escalation ? { escalation } : {}),
      });
    }
  }
  return [...seen.values()];
}

function requirementLines(lang: Language): string[] {
  const lines: string[] = [];
  for (const action of actionIds) {
    const standard = actionRule(action).met;
    if (!standard) continue;
    const variants = requirementVariants(action);
    const base = standardWithId(standard).severity;
    if (variants.every((v) => v.severity === base && !v.escalation)) continue;
    const when = variants.map((v) => {
      const clause = v.escalation
        ? `${lang === 'es' ? 'cuando' : 'when'} ${escalationTexts[v.escalation][lang]}`
        : lang === 'es'
          ? 'en los demás casos'
          : 'otherwise';
      return `${severityWord(lang, v.severity)} ${clause}`;
    });
    lines.push(`- ${actionLink(action)} (${standardLink(standard)}): ${when.join('; ')}.`);
  }
  return lines;
}

function excuseLines(lang: Language): string[] {
  return requirementExcuses.map((e, i) => {
    const id = `E${i + 1}`;
    const types = list(lang, e.caseTypes.map(code));
    const by = list(lang, e.by.map(actionLink));
    return lang === 'es'
      ? `- ${anchor(id.toLowerCase())}**${id}.** En un caso ${types}, si se tomó ${by}, el requisito ${actionLink(e.required)} no se juzga al final.`
      : `- ${anchor(id.toLowerCase())}**${id}.** In a ${types} case, once ${by} was taken, the requirement ${actionLink(e.required)} is not judged at the end.`;
  });
}

const text = {
  es: {
    title: '4. Las reglas condicionales',
    intro:
      'La [tabla de acciones](#actions) da la regla base de cada acción. Las reglas de esta sección dependen del tipo de caso o de la situación. Cada regla que se aplica añade su veredicto a la elección; como cada elección guarda un veredicto por estándar (el peor), una regla con más gravedad que la base la sube. «En lugar de su regla base» quita el veredicto base de ese estándar: la regla juzga la acción bajo el estándar que corresponde. Dentro de una opción, las acciones se juzgan en su orden, y cada una ve la situación como la dejaron las anteriores.',
    rows: '### Por tipo de caso y por situación (R)',
    context: '### Preguntas sobre los hechos (C)',
    contextIntro: (qs: string) =>
      `Las preguntas sobre los hechos son ${qs}. Antes de juzgarlas por su propia regla se comprueba el contexto:`,
    end: '### Requisitos al final del caso',
    endIntro:
      'Un requisito (`requires:`) ofrecido y nunca tomado se incumple con la gravedad base del estándar que su acción cumple, salvo en estos:',
    excuses: 'Y en estos casos un requisito no se juzga (E):',
  },
  en: {
    title: '4. The conditional rules',
    intro:
      "The [actions table](#actions) gives each action's base rule. The rules in this section depend on the case type or on the situation. Every rule that applies adds its verdict to the choice; since a choice keeps one verdict per standard (the worst), a rule with a higher severity than the base raises it. “Instead of its base rule” takes the action's base verdict of that standard away: the rule judges the action under the right standard. Within one option the actions are judged in their order, each seeing the situation as the ones before it left it.",
    rows: '### By case type and by situation (R)',
    context: '### Questions about the account (C)',
    contextIntro: (qs: string) =>
      `The questions about the account are ${qs}. Before one is judged by its own rule, the context is checked:`,
    end: '### Requirements at the end of the case',
    endIntro:
      'A requirement (`requires:`) that was offered and never taken is violated at the base severity of the standard its action meets, except for these:',
    excuses: 'And in these cases a requirement is not judged (E):',
  },
};

/** Section 4: the rule rows in words, the context rules for account questions, requirements at the end. */
export function rulesSection(lang: Language): string[][] {
  const t = text[lang];
  const questions = actionIds.filter((a) => actionRule(a).accountQuestion).map(actionLink);
  const contextLines = contextRules.map((c) => {
    const judged = judgedWords(lang, 'violated', c.standard);
    return `- ${anchor(c.id.toLowerCase())}**${c.id}** (${code(c.cause)}). ${c.text(lang, judged)}`;
  });
  return [
    [anchor('rules'), `## ${t.title}`],
    [t.intro],
    [t.rows],
    numbered.map(({ row, n }) => `- ${anchor(`r${n}`)}**R${n}.** ${ruleSentence(lang, row)}`),
    [t.context],
    [t.contextIntro(list(lang, questions, and))],
    contextLines,
    [t.end],
    [t.endIntro],
    requirementLines(lang),
    [t.excuses],
    excuseLines(lang),
  ];
}
