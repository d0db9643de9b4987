import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

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

const messagePattern = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING)?:?\s*(?:'([^']+)' )?line (\d+): (.*)$/s;

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
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      return readFileSync(full, 'utf8');
    },
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
  let source: string;
  try {
    source = readFileSync(main, 'utf8');
  } catch {
    return { json: null, issues: [{ level: 'error', file: display(undefined), line: 0, message: 'cannot read file' }], files };
  }
  files.push(main);
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
