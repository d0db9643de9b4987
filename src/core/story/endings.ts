/**
 * Endings (`ending:` line tag, a project addition to the ARCHITECTURE.md grammar):
 * the last line of every path names its ending so the debrief can show the consequence
 * for the child and the story check can prove no path stops without one.
 * The id is the story's own; its prefix says which kind of consequence it shows.
 */
export const endingKinds = ['protected', 'at_risk', 'harmed'] as const;
export type EndingKind = (typeof endingKinds)[number];

export function endingKindOf(endingId: string): EndingKind | undefined {
  return endingKinds.find((k) => endingId === k || endingId.startsWith(`${k}_`));
}
