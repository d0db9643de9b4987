import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import { includeLine, includeRootOf, isInside, outsideMessage, readInkText } from './ink-files.ts';

/** A problem found while compiling or checking a story, located in a file. */
export interface InkIssue {
  readonly level: 'error' | 'warning';
  /** Path relative to the working directory, as printed in `file:line: message`. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface CompiledInk {
  readonly json: string | null;
  readonly issues: readonly InkIssue[];
  /** Absolute paths of every file read, the main file first. */
  readonly files: readonly string[];
}

const messagePattern =
  /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*(?:'([^']+)' )?line (\d+): (.*)$/s;

/**
 * Compiles an .ink file and its INCLUDEs with the inkjs compiler. Never throws for a
 * broken story: errors come back as located issues, deduplicated because the parser
 * repeats them. With `countAllVisits` every knot's visits are counted,
 * so the story check can prove each knot reachable.
 */
export function compileInk(file: string, cwd = process.cwd(), countAllVisits = false): CompiledInk {
  const main = resolve(cwd, file);
  const root = dirname(main);
  const files: string[] = [];
  const seen = new Set<string>();
  const issues: InkIssue[] = [];
  const display = (name: string | undefined): string => {
    const full = name ? resolve(root, name) : main;
    const rel = relative(cwd, full);
    return rel && !rel.startsWith('..') ? rel : full;
  };
  const includeRoot = includeRootOf(main);
  const texts = new Map<string, string>();
  /** Reads a file for the compiler: outside the stories folder or not UTF-8, an issue and no text. */
  const load = (full: string, name?: string): string => {
    if (name !== undefined && !isInside(includeRoot, full)) {
      const [from, text] = [...texts].find(([, t]) => includeLine(t, name) > 0) ?? [main, ''];
      issues.push({
        level: 'error',
        file: display(relative(root, from)),
        line: includeLine(text, name),
        message: outsideMessage(name),
      });
      return '';
    }
    const read = readInkText(full);
    if ('problem' in read) {
      issues.push({ level: 'error', file: display(name), line: read.line, message: read.problem });
      return '';
    }
    files.push(full);
    texts.set(full, read.text);
    return read.text;
  };
  const names = new Map<string, string>();
  const fileHandler = {
    ResolveInkFilename: (name: string) => {
      const full = resolve(root, name);
      names.set(full, name);
      return full;
    },
    LoadInkFileContents: (full: string) => load(full, names.get(full) ?? relative(root, full)),
  };
  const onMessage = (msg: string, type: number) => {
    if (seen.has(msg)) return;
    seen.add(msg);
    const m = messagePattern.exec(msg);
    issues.push({
      level: type === 2 ? 'error' : 'warning',
      file: display(m?.[1]),
      line: m ? Number(m[2]) : 0,
      message: (m?.[3] ?? msg).trim(),
    });
  };
  const source = load(main);
  if (issues.length > 0) return { json: null, issues, files };
  const options = new CompilerOptions(relative(root, main), [], countAllVisits, onMessage, fileHandler);
  const compiler = new Compiler(source, options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = (story.ToJson() as string | undefined) ?? null;
  } catch (error) {
    if (!issues.some((i) => i.level === 'error')) {
      issues.push({ level: 'error', file: display(undefined), line: 0, message: String(error) });
    }
  }
  if (issues.some((i) => i.level === 'error')) json = null;
  return { json, issues, files };
}

export function formatIssue(issue: InkIssue): string {
  return `${issue.file}:${issue.line}: ${issue.level === 'warning' ? 'warning: ' : ''}${issue.message}`;
}
