/** The built-in cases' global tags, read from stories/ at build time (tools/lib/vite-plugin-ink.ts). */
declare module 'virtual:case-index' {
  const caseIndex: readonly import('./cases/case-entry').CaseEntry[];
  export default caseIndex;
}
