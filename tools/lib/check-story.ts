import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  maxActionsPerOption,
  maxCompliantLongestShare,
  minLengthRatio,
  optionRules,
} from '../../src/core/run/decision-metrics.ts';
import { explorePaths, type Exploration } from '../../src/core/run/path-explorer.ts';
import { parseCaseInfo, type CaseInfo } from '../../src/core/story/case-info.ts';
import { countedPaths } from '../../src/core/story/counted-paths.ts';
import { endingKinds, endingKindOf } from '../../src/core/story/endings.ts';
import { castOf } from '../../src/core/story/cast.ts';
import { openDecisionProblem } from '../../src/core/story/open-decision.ts';
import { cardWordIssues } from './card-words.ts';
import { compileInk, formatIssue, type InkIssue } from './compile-ink.ts';
import { peopleAndAssetIssues } from './story-people.ts';
import { cachedExploration } from './exploration-cache.ts';
import { casesMeetingOptionRules } from './option-rules-cases.ts';
import { languageIssues } from './story-language.ts';
import { locateInkPath, scanSourceTree, type SourceTree } from './source-tree.ts';

export interface StoryCheck {
  readonly file: string;
  readonly issues: readonly InkIssue[];
  readonly tree: SourceTree;
  readonly json: string | null;
  readonly info?: CaseInfo;
  readonly exploration?: Exploration;
}

const error = (file: string, line: number, message: string): InkIssue => ({
  level: 'error',
  file,
  line,
  message,
});

/** Errors for the cases rewritten to the option rules, warnings for the others meanwhile. */
const optionRulesLevel = (file: string): InkIssue['level'] =>
  casesMeetingOptionRules.includes(basename(dirname(file))) ? 'error' : 'warning';

function globalIssues(file: string, tree: SourceTree): { issues: InkIssue[]; info?: CaseInfo } {
  const globals = tree.items.filter((i) => i.kind === 'global' && i.file === tree.items[0]?.file);
  const line = globals[0]?.line ?? 1;
  const parsed = parseCaseInfo(globals.flatMap((g) => g.tags));
  // an error that quotes one global tag ('cast: …') is reported at that tag's line
  const lineOf = (message: string) =>
    globals.find((g) => g.tags.some((t) => message.includes(`'${t.replace(/^(\w+)\s*:\s*/, '$1: ')}'`)))
      ?.line ?? line;
  const issues: InkIssue[] = parsed.ok ? [] : parsed.errors.map((e) => error(file, lineOf(e), e));
  for (const v of ['trust', 'distress']) {
    if (!tree.variables.has(v)) issues.push(error(file, 1, `the story must declare VAR ${v}`));
  }
  if (!parsed.ok) return { issues };
  const lang = basename(file, '.ink');
  if ((lang === 'es' || lang === 'en') && parsed.info.lang !== lang) {
    issues.push(error(file, line, `'lang:${parsed.info.lang}' in a file named ${lang}.ink`));
  }
  if ((lang === 'es' || lang === 'en') && parsed.info.key.length === 0) {
    issues.push(
      error(
        file,
        line,
        "a case must declare the standards it trains: global tag 'key:' (e.g. 'key: ENV-02, PRO-06')",
      ),
    );
  }
  const folder = basename(dirname(file));
  if ((lang === 'es' || lang === 'en') && parsed.info.caseId !== folder) {
    issues.push(error(file, line, `'case:${parsed.info.caseId}' differs from the folder name '${folder}'`));
  }
  return { issues, info: parsed.info };
}

/** A problem of an open decision is placed at the first `open` line after its knot or stitch. */
function locateOpenLine(
  tree: SourceTree,
  message: string,
  at: { file: string; line: number } | undefined,
): { file: string; line: number } | undefined {
  if (!at || !(message.startsWith(openDecisionProblem) || message.includes(' but the decision is not open')))
    return at;
  const open = tree.items.find(
    (i) => i.file === at.file && i.line >= at.line && i.kind === 'line' && i.tags.includes('open'),
  );
  return open && !message.includes(' but the decision is not open')
    ? { file: open.file, line: open.line }
    : at;
}

function explorationIssues(file: string, tree: SourceTree, ex: Exploration): InkIssue[] {
  const issues: InkIssue[] = [];
  for (const p of ex.problems.slice(0, 20)) {
    const at = locateOpenLine(tree, p.message, locateInkPath(tree, p.where));
    issues.push(
      error(
        at?.file ?? file,
        at?.line ?? 1,
        `${p.message.replace(/ \(at [^)]*\)$/, '')} — after choices [${p.choices.join(',')}]`,
      ),
    );
  }
  // a walk stopped at its budget has not seen the whole story: what it did not reach proves nothing
  if (ex.incomplete) return issues;
  const endings = Object.keys(ex.endings).filter((e) => e !== '');
  const isCase = /^(es|en)$/.test(basename(file, '.ink'));
  for (const kind of isCase ? endingKinds : []) {
    if (!endings.some((e) => endingKindOf(e) === kind))
      issues.push(
        error(
          file,
          1,
          `no reachable ending of kind '${kind}' (a case needs protected…, at_risk… and harmed… endings)`,
        ),
      );
  }
  // a path cut short by a runtime problem proves nothing about the knots it would have reached
  const cutShort = ex.problems.some((p) => !p.message.startsWith("the story stops without an 'ending:'"));
  for (const knot of cutShort ? [] : tree.items.filter((i) => i.kind === 'knot' && !i.isFunction)) {
    const name = knot.name ?? '';
    if (!ex.visited.some((v) => v === name || v.startsWith(`${name}.`))) {
      issues.push(error(knot.file, knot.line, `knot '${name}' is never reached`));
    }
  }
  if (isCase) issues.push(...optionIssues(file, tree, ex));
  return issues;
}

/**
 * The option rules of the authors' guide (lengths within 20 %, a compliant option the
 * longest at no more than 40 % of decisions, at most two actions per option), each at
 * the decision's place in the source.
 */
function optionIssues(file: string, tree: SourceTree, ex: Exploration): InkIssue[] {
  const level = optionRulesLevel(file);
  const issues: InkIssue[] = [];
  for (const d of ex.decisions) {
    const at = locateInkPath(tree, d.where);
    const place = { level, file: at?.file ?? file, line: at?.line ?? 1 };
    if (d.lengthRatio < minLengthRatio) {
      const lengths = d.options.map((o) => o.length);
      issues.push({
        ...place,
        message: `options differ in length by more than 20 % (${Math.min(...lengths)}–${Math.max(...lengths)} characters)`,
      });
    }
    for (const o of d.options.filter((x) => x.actions > maxActionsPerOption)) {
      issues.push({
        ...place,
        message: `option "${o.text.slice(0, 40)}…" carries ${o.actions} actions (at most ${maxActionsPerOption})`,
      });
    }
  }
  const rules = optionRules(ex.decisions);
  if (rules.compliantLongestShare > maxCompliantLongestShare) {
    const share = Math.round(rules.compliantLongestShare * 100);
    issues.push({
      level,
      file,
      line: 1,
      message: `a compliant option is the longest at ${share} % of decisions (at most ${maxCompliantLongestShare * 100} %)`,
    });
  }
  return issues;
}

/**
 * Checks one story file: compiles it, checks every tag and option in the source, the
 * global tags, then walks every path (endings, reachability, runtime tag errors).
 */
/** How long one story's exploration may take in the check, in seconds (`PC_EXPLORE_SECONDS`). */
const exploreSeconds = () => Number(process.env.PC_EXPLORE_SECONDS) || 300;

export function checkStoryFile(file: string, clock: () => number = () => performance.now()): StoryCheck {
  const compiled = compileInk(file, process.cwd(), true);
  const tree = scanSourceTree(file);
  const errors = compiled.issues.filter((i) => i.level === 'error');
  // the file itself could not be read (or is not UTF-8): nothing else is worth saying
  if (compiled.files.length === 0) return { file, issues: errors, tree, json: null };
  const said = new Set(errors.map(formatIssue));
  const issues: InkIssue[] = [...errors, ...tree.issues.filter((i) => !said.has(formatIssue(i)))];
  const globals = globalIssues(file, tree);
  issues.push(...globals.issues);
  if (globals.info) {
    const cast = castOf(globals.info.cast);
    issues.push(
      ...peopleAndAssetIssues(file, tree, globals.info, cast),
      ...cardWordIssues(file, tree, globals.info, cast),
    );
  }
  const lang = basename(file, '.ink');
  if (lang === 'es' || lang === 'en') {
    const text = compiled.files.map((f) => readFileSync(f, 'utf8')).join('\n');
    issues.push(...languageIssues(file, lang, text));
  }
  if (!compiled.json || issues.some((i) => i.level === 'error'))
    return { file, issues, tree, json: compiled.json, info: globals.info };
  const plain = compileInk(file).json;
  const counted = plain ? countedPaths(plain) : undefined;
  const json = compiled.json;
  const exploration = cachedExploration(json, counted, () =>
    explorePaths({ json, clock, countedPaths: counted, maxMs: exploreSeconds() * 1000 }),
  );
  issues.push(...explorationIssues(file, tree, exploration));
  return { file, issues, tree, json: compiled.json, info: globals.info, exploration };
}
