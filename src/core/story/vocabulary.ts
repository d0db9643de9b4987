/**
 * The closed vocabularies of line tags (ARCHITECTURE.md tag grammar). Each id here
 * has an asset (scenes, moods, sfx, ambient) or a role in the debrief (phase); the
 * asset test checks both directions.
 */
export const sceneIds = ['front_desk', 'waiting_area', 'private_room', 'corridor_cells', 'office'] as const;
export type SceneId = (typeof sceneIds)[number];

/** The child's expression; `mood:` always describes the child of the case. */
export const moodIds = ['calm', 'anxious', 'scared', 'crying', 'withdrawn', 'angry', 'relieved'] as const;
export type MoodId = (typeof moodIds)[number];

export const sfxIds = ['door', 'phone', 'radio', 'footsteps', 'chair', 'paper'] as const;
export type SfxId = (typeof sfxIds)[number];

export const ambientIds = ['front_desk_busy', 'quiet_room', 'corridor_cells', 'night_shift'] as const;
export type AmbientId = (typeof ambientIds)[number];

/** Phases of care, in the order a case normally moves through them. */
export const phaseIds = [
  'reception',
  'environment',
  'communication',
  'disclosure',
  'protection',
  'referral',
  'documentation',
  'closure',
] as const;
export type PhaseId = (typeof phaseIds)[number];

function member<T extends string>(list: readonly T[]) {
  return (value: string): value is T => (list as readonly string[]).includes(value);
}
export const isSceneId = member(sceneIds);
export const isMoodId = member(moodIds);
export const isSfxId = member(sfxIds);
export const isAmbientId = member(ambientIds);
export const isPhaseId = member(phaseIds);
