import { builtInCast, castOf, declaredCast, type Cast } from './cast.ts';
import { saidWithoutOpen } from './line-tags.ts';
import { parseTag, type TagPlace } from './tag-grammar.ts';

/** One thing in an ink source that the story check compares or validates. */
export interface SourceItem {
  readonly kind: 'knot' | 'stitch' | 'option' | 'line' | 'global';
  readonly line: number;
  readonly name?: string;
  /** A knot declared as `=== function name ===`: called, not visited. */
  readonly isFunction?: boolean;
  /** Raw tags as written (without '#'), in order. */
  readonly tags: readonly string[];
}

export interface SourceProblem {
  readonly line: number;
  readonly message: string;
}

export interface ScannedSource {
  readonly items: readonly SourceItem[];
  readonly problems: readonly SourceProblem[];
  readonly includes: readonly { readonly line: number; readonly path: string }[];
  readonly variables: ReadonlySet<string>;
  /** The people this source may use: built in, declared in its own `cast:` tags, or in its main file's. */
  readonly cast: Cast;
}

/** Removes // and block comments, keeping line numbers. */
function stripComments(text: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    let line = '';
    for (let i = 0; i < raw.length; i++) {
      if (inBlock) {
        if (raw.startsWith('*/', i)) {
          inBlock = false;
          i++;
        }
      } else if (raw.startsWith('/*', i)) {
        inBlock = true;
        i++;
      } else if (raw.startsWith('//', i)) {
        break;
      } else {
        line += raw[i];
      }
    }
    out.push(line);
  }
  return out;
}

/** Splits text at unescaped '#': [content, tag, tag, …]; a tag also ends at ']'. */
function tagsIn(text: string, from = 0, to = text.length): { start: number; raw: string }[] {
  const tags: { start: number; raw: string }[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '#' || text[i - 1] === '\\') continue;
    let end = i + 1;
    while (end < to && !(text[end] === '#' && text[end - 1] !== '\\') && text[end] !== ']') end++;
    tags.push({ start: i, raw: text.slice(i + 1, end).trim() });
    i = end - 1;
  }
  return tags.filter((t) => t.raw !== '');
}

/** `x / 0`, `x % 0`, `x mod 0` with a literal zero, which the compiler accepts. */
const visibleDivisionByZero = /(?:\/|%|\bmod)\s*0(?:\.0*)?(?![\w.])/;
const optionStart = /^\s*([*+]\s*)+/;
const knotLine = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const stitchLine = /^\s*=\s*([A-Za-z_][\w]*)/;

function scanOption(text: string, lineNo: number, problems: SourceProblem[]): SourceItem[] {
  const open = text.indexOf('[');
  const close = open >= 0 ? text.indexOf(']', open) : -1;
  const optionEnd = close >= 0 ? close : text.length;
  const optionTags = tagsIn(text, 0, optionEnd).map((t) => t.raw);
  const afterTags = close >= 0 ? tagsIn(text, close + 1).map((t) => t.raw) : [];
  for (const raw of afterTags) {
    if (raw.startsWith('do:')) {
      problems.push({
        line: lineNo,
        message: `'#${raw}' is after the closing bracket, so ink puts it on the next line, not on the option: move it inside [ ]`,
      });
    }
  }
  if (!optionTags.some((t) => t.startsWith('do:')) && !afterTags.some((t) => t.startsWith('do:'))) {
    problems.push({
      line: lineNo,
      message: 'option without a do: tag (every option needs at least one, e.g. #do:neutral)',
    });
  }
  const items: SourceItem[] = [{ kind: 'option', line: lineNo, tags: optionTags }];
  const lineTags = afterTags.filter((t) => !t.startsWith('do:'));
  if (lineTags.length > 0) items.push({ kind: 'line', line: lineNo, tags: lineTags });
  return items;
}

function validate(items: readonly SourceItem[], problems: SourceProblem[], cast: Cast): void {
  for (const item of items) {
    if (item.kind === 'knot' || item.kind === 'stitch') continue;
    const place: TagPlace = item.kind === 'option' ? 'option' : item.kind === 'global' ? 'global' : 'line';
    const keys: string[] = [];
    for (const raw of item.tags) {
      if (place === 'global') continue;
      const parsed = parseTag(raw, place, cast);
      if (!parsed.ok) problems.push({ line: item.line, message: parsed.error });
      else keys.push(parsed.tag.key);
    }
    if (
      place === 'line' &&
      !keys.includes('open') &&
      keys.some((k) => k === 'undisclosed' || k === 'disclosed')
    ) {
      problems.push({ line: item.line, message: saidWithoutOpen });
    }
  }
}

/**
 * Reads an ink source for what the compiler does not check: every tag's grammar, options
 * without `do:`, `do:` after the closing bracket, global tags, knot and stitch names.
 * Line numbers are 1-based, as in editors. An INCLUDEd file is scanned with its main file's `cast`.
 */
export function scanInkSource(text: string, isMain: boolean, inherited: Cast = builtInCast): ScannedSource {
  const lines = stripComments(text);
  const items: SourceItem[] = [];
  const problems: SourceProblem[] = [];
  const includes: { line: number; path: string }[] = [];
  const variables = new Set<string>();
  let beforeContent = isMain;
  lines.forEach((text, i) => {
    const lineNo = i + 1;
    const trimmed = text.trim();
    if (trimmed === '') return;
    const include = /^INCLUDE\s+(.+)$/.exec(trimmed);
    if (include?.[1]) {
      if (isMain && !items.some((it) => it.kind === 'global')) {
        problems.push({
          line: lineNo,
          message:
            "INCLUDE before the story's header: the global tags (# case:, # title:…) come first, then INCLUDE",
        });
      }
      return void includes.push({ line: lineNo, path: include[1].trim() });
    }
    if (/^EXTERNAL\b/.test(trimmed)) {
      return void problems.push({
        line: lineNo,
        message: 'EXTERNAL functions are not available: the simulator binds none (write the function in ink)',
      });
    }
    if (visibleDivisionByZero.test(trimmed) && (trimmed.startsWith('~') || trimmed.includes('{'))) {
      problems.push({ line: lineNo, message: 'division by zero' });
    }
    const variable = /^(?:VAR|CONST)\s+(\w+)/.exec(trimmed);
    if (variable?.[1]) return void variables.add(variable[1]);
    if (trimmed.startsWith('#') && beforeContent) {
      return void items.push({ kind: 'global', line: lineNo, tags: tagsIn(trimmed).map((t) => t.raw) });
    }
    beforeContent = false;
    const knot = knotLine.exec(text);
    if (knot?.[2]) {
      return void items.push({
        kind: 'knot',
        line: lineNo,
        name: knot[2],
        tags: [],
        ...(knot[1] ? { isFunction: true } : {}),
      });
    }
    const stitch = stitchLine.exec(text);
    if (stitch?.[1] && !trimmed.startsWith('=='))
      return void items.push({ kind: 'stitch', line: lineNo, name: stitch[1], tags: [] });
    if (optionStart.test(text)) return void items.push(...scanOption(text, lineNo, problems));
    if (trimmed.startsWith('~')) return;
    const tags = tagsIn(text).map((t) => t.raw);
    if (tags.length > 0) items.push({ kind: 'line', line: lineNo, tags });
  });
  const own = declaredCast(items.filter((i) => i.kind === 'global').flatMap((i) => i.tags));
  const cast = own.length > 0 ? castOf(own) : inherited;
  validate(items, problems, cast);
  return { items, problems, includes, variables, cast };
}
