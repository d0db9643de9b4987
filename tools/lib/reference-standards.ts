import { actionIds, actionRule } from '../../src/core/protocol/actions.ts';
import { caseTypes } from '../../src/core/protocol/case-types.ts';
import { competencies, competencyTitles } from '../../src/core/protocol/competencies.ts';
import type { Language } from '../../src/core/language.ts';
import { requirementExcuses } from '../../src/core/protocol/rulebook.ts';
import { situationIds } from '../../src/core/protocol/situations.ts';
import type { Standard } from '../../src/core/protocol/standard.ts';
import { standards } from '../../src/core/protocol/standards.ts';
import { sourceWithKey } from '../../src/core/protocol/sources.ts';
import {
  actionLink,
  anchor,
  code,
  contextLink,
  ruleLink,
  situationLink,
  standardLink,
  table,
} from './reference-markdown.ts';
import { contextRules, contextRulesOfType, ruleNumbersFor, ruleNumbersOfType } from './reference-rules.ts';
import { obligationOf, unusualSeverity } from './reference-situations.ts';
import { caseTypeName, evidenceWords, severityWord } from './reference-words.ts';

const labels = {
  es: {
    severity: 'Gravedad base',
    worse: 'Cuándo es más grave',
    todo: 'Qué hacer',
    why: 'Por qué',
    basis: 'Base',
    evidence: 'Evidencia',
    meets: 'Acciones que lo cumplen',
    violates: 'Acciones que lo incumplen',
    rules: 'Reglas condicionales',
    situations: 'Situaciones que lo exigen',
    sources: 'Fuentes',
  },
  en: {
    severity: 'Base severity',
    worse: 'When it becomes worse',
    todo: 'What to do',
    why: 'Why',
    basis: 'Basis',
    evidence: 'Evidence',
    meets: 'Actions that meet it',
    violates: 'Actions that violate it',
    rules: 'Conditional rules',
    situations: 'Situations that call for it',
    sources: 'Sources',
  },
};

function standardEntry(lang: Language, s: Standard): string[][] {
  const l = labels[lang];
  const item = (label: string, value: string) => `- **${label}:** ${value}`;
  const lines = [item(l.severity, `${severityWord(lang, s.severity)}.`)];
  if (s.escalation) lines.push(item(l.worse, s.escalation[lang]));
  lines.push(item(l.todo, s.feedback[lang]), item(l.why, s.why[lang]), item(l.basis, s.basis[lang]));
  lines.push(
    item(l.evidence, `${s.evidence.map((e) => `${code(e)} (${evidenceWords[e][lang]})`).join('; ')}.`),
  );
  const meets = actionIds.filter((a) => actionRule(a).met === s.id);
  const violates = actionIds.filter((a) => actionRule(a).violated === s.id);
  if (meets.length > 0) lines.push(item(l.meets, `${meets.map(actionLink).join(', ')}.`));
  if (violates.length > 0) {
    const withSeverity = violates.map(
      (a) => `${actionLink(a)} (${severityWord(lang, actionRule(a).severity ?? s.severity)})`,
    );
    lines.push(item(l.violates, `${withSeverity.join(', ')}.`));
  }
  const rules = [
    ...ruleNumbersFor(s.id).map(ruleLink),
    ...contextRules.filter((c) => c.standard === s.id).map((c) => contextLink(c.id)),
  ];
  if (rules.length > 0) lines.push(item(l.rules, `${rules.join(', ')}.`));
  const situations = situationIds.filter((x) => obligationOf(x)?.standard === s.id);
  if (situations.length > 0) lines.push(item(l.situations, `${situations.map(situationLink).join(', ')}.`));
  lines.push(`- **${l.sources}:**`);
  const sources = s.sources.map((key) => {
    const src = sourceWithKey(key);
    const note = src.note ? ` (${src.note[lang]})` : '';
    return `  - ${key} · ${src.title[lang]}${note} · ${src.urls.map((u) => `<${u}>`).join(' · ')}`;
  });
  return [
    [anchor(s.id.toLowerCase()), `#### ${s.id} · ${s.title[lang]}`],
    [...lines, ...sources],
  ];
}

const text = {
  es: {
    title: '2. Los estándares, por competencia',
    intro: (n: number, c: number) =>
      `Son ${n} estándares en ${c} competencias, una por fase de la atención en la comisaría. Cada uno tiene una gravedad base: la de su incumplimiento cuando ninguna regla la cambia, y su peso cuando se cumple. Las etiquetas de evidencia dicen qué tan firme es su base:`,
  },
  en: {
    title: '2. The standards, by competency',
    intro: (n: number, c: number) =>
      `There are ${n} standards in ${c} competencies, one per phase of care at the station. Each has a base severity: that of its violation when no rule changes it, and its weight when it is met. The evidence labels say how firmly its basis is sourced:`,
  },
};

/** Section 2: every standard, grouped by competency, with its sources. */
export function standardsSection(lang: Language): string[][] {
  const t = text[lang];
  const blocks: string[][] = [
    [anchor('standards'), `## ${t.title}`],
    [t.intro(standards.length, competencies.length)],
    Object.entries(evidenceWords).map(([label, words]) => `- ${code(label)}: ${words[lang]}.`),
  ];
  for (const c of competencies) {
    blocks.push([anchor(`competency-${c.toLowerCase()}`), `### ${c} · ${competencyTitles[c][lang]}`]);
    for (const s of standards.filter((x) => x.competency === c)) blocks.push(...standardEntry(lang, s));
  }
  return blocks;
}

const text6 = {
  es: {
    title: '6. Tipos de caso y competencias',
    types: '### Tipos de caso',
    typesIntro:
      'Cada historia declara su tipo en la etiqueta global `type:`. El tipo decide qué reglas se aplican; esto es lo que cambia con cada uno:',
    typesHead: [
      'tipo',
      'nombre',
      'reglas que dependen del tipo',
      'obligaciones con otra gravedad',
      'requisitos que pueden excusarse',
    ],
    competencies: '### Competencias',
    competenciesHead: ['competencia', 'nombre', 'estándares'],
  },
  en: {
    title: '6. Case types and competencies',
    types: '### Case types',
    typesIntro:
      'Each story declares its type in the `type:` global tag. The type decides which rules apply; this is what changes with each one:',
    typesHead: [
      'type',
      'name',
      'rules that depend on the type',
      'obligations at another severity',
      'requirements that can be excused',
    ],
    competencies: '### Competencies',
    competenciesHead: ['competency', 'name', 'standards'],
  },
};

/** Section 6: the case types (with what depends on them) and the competencies (with their standards). */
export function typesSection(lang: Language): string[][] {
  const t = text6[lang];
  const typeRows = caseTypes.map((type) => {
    const rules = [
      ...ruleNumbersOfType(type).map(ruleLink),
      ...contextRulesOfType(type).map((c) =>
        c.except?.includes(type)
          ? `${contextLink(c.id)} ${lang === 'es' ? '(no se aplica)' : '(does not apply)'}`
          : contextLink(c.id),
      ),
    ];
    const obligations = situationIds.flatMap((s) => {
      const o = obligationOf(s);
      const severity = o && unusualSeverity(o, type);
      return severity ? [`${situationLink(s)}: ${severityWord(lang, severity)}`] : [];
    });
    const excused = requirementExcuses.flatMap((e, i) =>
      e.caseTypes.includes(type) ? [`${actionLink(e.required)} ([E${i + 1}](#e${i + 1}))`] : [],
    );
    return [
      code(type),
      caseTypeName(lang, type),
      rules.join(', ') || '—',
      obligations.join('; ') || '—',
      excused.join(', ') || '—',
    ];
  });
  const competencyRows = competencies.map((c) => [
    `[${c}](#competency-${c.toLowerCase()})`,
    competencyTitles[c][lang],
    standards
      .filter((s) => s.competency === c)
      .map((s) => standardLink(s.id))
      .join(', '),
  ]);
  return [
    [anchor('types'), `## ${t.title}`],
    [t.types],
    [t.typesIntro],
    table(t.typesHead, typeRows),
    [t.competencies],
    table(t.competenciesHead, competencyRows),
  ];
}
