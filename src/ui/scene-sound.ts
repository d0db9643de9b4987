import type { AmbientId, SceneId } from '../core/story/vocabulary.ts';
import type { StoryLine } from '../core/story/story-step.ts';

/** The ambient loop each place has unless the story's `ambient:` tag says otherwise. */
export const sceneAmbient: Readonly<Record<SceneId, AmbientId>> = {
  front_desk: 'front_desk_busy',
  waiting_area: 'front_desk_busy',
  private_room: 'quiet_room',
  corridor_cells: 'corridor_cells',
  office: 'quiet_room',
};

/** The ambient after these lines: an explicit `ambient:` wins until the next change of place. */
export function nextAmbient(current: AmbientId | null, lines: readonly StoryLine[]): AmbientId | null {
  let ambient = current;
  for (const line of lines) {
    if (line.scene) ambient = sceneAmbient[line.scene];
    if (line.ambient) ambient = line.ambient;
  }
  return ambient;
}
