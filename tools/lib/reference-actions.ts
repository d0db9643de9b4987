import { actionTexts } from '../../src/core/protocol/action-texts.ts';
import { actionIds, actionRule, type ActionId } from '../../src/core/protocol/actions.ts';
import type { Language } from '../../src/core/language.ts';
import { requirementExcuses } from '../../src/core/protocol/rulebook.ts';
import { chartFlags, chartTriggers } from '../../src/core/protocol/situation-chart.ts';
import { situationIds } from '../../src/core/protocol/situations.ts';
import { standardWithId } from '../../src/core/protocol/standards.ts';
import { anchor, code, ruleLink, situationLink, standardLink, table } from './reference-markdown.ts';
import { ruleNumbersOfAction } from './reference-rules.ts';
import { obligationOf } from './reference-situations.ts';
import { flagName, severityWord } from './reference-words.ts';

function notes(lang: Language, action: ActionId): string {
  const es = lang === 'es';
  const out: string[] = [];
  if (actionRule(action).accountQuestion)
    out.push(es ? 'pregunta sobre los hechos ([C1–C3](#c1))' : 'question about the account ([C1–C3](#c1))');
  const rules = ruleNumbersOfAction(action);
  if (rules.length > 0) out.push(`${es ? 'reglas' : 'rules'} ${rules.map(ruleLink).join(', ')}`);
  const meets = situationIds.filter((s) => obligationOf(s)?.anyOf.includes(action));
  if (meets.length > 0)
    out.push(
      `${es ? 'cumple la obligación de' : 'meets the obligation of'} ${meets.map(situationLink).join(', ')}`,
    );
  for (const flag of chartFlags) {
    const t = chartTriggers[flag];
    if (t.onActions?.includes(action)) out.push(`${es ? 'enciende' : 'switches on'} ${flagName(lang, flag)}`);
    if (t.offActions?.includes(action)) out.push(`${es ? 'apaga' : 'switches off'} ${flagName(lang, flag)}`);
  }
  requirementExcuses.forEach((e, i) => {
    const link = `[E${i + 1}](#e${i + 1})`;
    if (e.by.includes(action)) out.push(`${es ? 'excusa un requisito' : 'excuses a requirement'}: ${link}`);
    if (e.required === action)
      out.push(`${es ? 'requisito que puede excusarse' : 'requirement that can be excused'}: ${link}`);
  });
  return out.join('; ') || '—';
}

const text = {
  es: {
    title: '3. Las acciones',
    intro:
      'Cada opción de una historia lleva sus acciones en etiquetas `#do:<acción>` dentro de los corchetes. Esta es la regla base de cada acción: el estándar que cumple o incumple, y con qué gravedad lo incumple. Las reglas de la [sección 4](#rules) pueden cambiarla según el tipo de caso y la situación. Una acción sin estándar no da veredicto por sí misma (`neutral` es la opción sin significado para el protocolo).',
    head: ['acción', 'qué hace el agente', 'cumple', 'incumple', 'gravedad', 'notas'],
  },
  en: {
    title: '3. The actions',
    intro:
      "Every option of a story carries its actions in `#do:<action>` tags inside the brackets. This is each action's base rule: the standard it meets or violates, and at what severity it violates it. The rules of [section 4](#rules) can change it by case type and situation. An action without a standard gives no verdict by itself (`neutral` is the option with no meaning for the protocol).",
    head: ['action', 'what the officer does', 'meets', 'violates', 'severity', 'notes'],
  },
};

/** Section 3: every action id with its words, the standard it meets or violates and the severity. */
export function actionsSection(lang: Language): string[][] {
  const t = text[lang];
  const rows = actionIds.map((action) => {
    const rule = actionRule(action);
    const severity = rule.violated
      ? severityWord(lang, rule.severity ?? standardWithId(rule.violated).severity)
      : '—';
    return [
      `${anchor(`action-${action}`)}${code(action)}`,
      actionTexts[action][lang],
      rule.met ? standardLink(rule.met) : '—',
      rule.violated ? standardLink(rule.violated) : '—',
      severity,
      notes(lang, action),
    ];
  });
  return [[anchor('actions'), `## ${t.title}`], [t.intro], table(t.head, rows)];
}
