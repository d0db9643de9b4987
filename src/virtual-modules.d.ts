/** The built-in cases' global tags, read from stories/ at build time (tools/lib/vite-plugin-ink.ts). */
declare module 'virtual:case-index' {
  // An ambient module cannot `import type` from a relative path, so the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const caseIndex: readonly import('./cases/case-entry').CaseEntry[];
  export default caseIndex;
}

/** The stories of the cases under `PC_EXTRA_STORIES` (none without it), by `caseId/lang`. */
declare module 'virtual:extra-stories' {
  const extraStories: Readonly<Record<string, () => Promise<{ default: string; hash: string }>>>;
  export default extraStories;
}
