/** The built-in cases' global tags, read from stories/ at build time (tools/lib/vite-plugin-ink.ts). */
declare module 'virtual:case-index' {
  import type { CaseEntry } from './cases/case-catalog.ts';
  const caseIndex: readonly CaseEntry[];
  export default caseIndex;
}
