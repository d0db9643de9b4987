import type { MoodId, SceneId } from '../core/story/vocabulary.ts';
import type { StageView } from './stage.ts';
import { figureHasMoods, type GenericFigure } from '../core/story/generic-figures.ts';
import type { PersonDrawings } from '../core/story/person-drawings.ts';
import { defaultSetting, placeLook, placeUrl, type CaseSetting } from './case-settings.ts';
import {
  LogicalSize,
  PersonBox,
  PersonScale,
  renderScale,
  SuspectBox,
  SuspectScale,
} from './stage-layout.ts';

/** One SVG texture: its key, its URL relative to the site root, and the size to rasterise it at. */
export interface TextureSpec {
  readonly key: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly kind: 'place' | 'person' | 'cue';
}

// Relative URLs (no leading slash) so the app works under any base path.
const root = 'images/';

// Rasterised at the size they are drawn on the backing store, so they stay sharp without waste.
const personSize = () => ({
  width: Math.round(PersonBox.width * PersonScale * renderScale() * 1.03),
  height: Math.round(PersonBox.height * PersonScale * renderScale() * 1.03),
});

export function placeTexture(scene: SceneId, setting: CaseSetting = defaultSetting): TextureSpec {
  const look = placeLook(setting);
  return {
    key: `place:${look}:${scene}`,
    url: placeUrl(scene, look),
    width: LogicalSize.width * renderScale(),
    height: LogicalSize.height * renderScale(),
    kind: 'place',
  };
}

/** A person standing (the adults' place on the stage): their own drawing, else a generic figure when `figure` is given. */
export function adultTexture(id: string, figure?: GenericFigure, own?: PersonDrawings): TextureSpec {
  if (own?.standing) return { key: `own:${id}`, url: own.standing, ...personSize(), kind: 'person' };
  if (figure)
    return { key: `figure:${figure}`, url: `${root}figures/${figure}.svg`, ...personSize(), kind: 'person' };
  return { key: `adult:${id}`, url: `${root}people/${id}.svg`, ...personSize(), kind: 'person' };
}

/** The case's child in a mood: their own drawing of it, else a generic figure's face for that mood when `figure` is given. */
export function childTexture(
  id: string,
  mood: MoodId,
  figure?: GenericFigure,
  own?: PersonDrawings,
): TextureSpec {
  const drawn = own?.moods?.[mood];
  if (drawn) return { key: `own:${id}:${mood}`, url: drawn, ...personSize(), kind: 'person' };
  if (figure && figureHasMoods(figure)) {
    return {
      key: `figure:${figure}:${mood}`,
      url: `${root}figures/${figure}/${mood}.svg`,
      ...personSize(),
      kind: 'person',
    };
  }
  if (figure) return adultTexture(id, figure);
  return {
    key: `child:${id}:${mood}`,
    url: `${root}people/${id}/${mood}.svg`,
    ...personSize(),
    kind: 'person',
  };
}

export function suspectTexture(): TextureSpec {
  return {
    key: 'cue:door_silhouette',
    url: `${root}cues/door_silhouette.svg`,
    width: Math.round(SuspectBox.width * SuspectScale * renderScale()),
    height: Math.round(SuspectBox.height * SuspectScale * renderScale()),
    kind: 'cue',
  };
}

/** Exactly the textures one view needs, so nothing is loaded before it is shown. */
export function texturesFor(view: StageView): TextureSpec[] {
  return [
    placeTexture(view.scene, view.setting),
    childTexture(
      view.child.id,
      view.child.mood,
      view.figures?.[view.child.id],
      view.drawings?.[view.child.id],
    ),
    ...view.adults.map((id) => adultTexture(id, view.figures?.[id], view.drawings?.[id])),
    ...(view.suspectAtDoor ? [suspectTexture()] : []),
  ];
}

/**
 * What a later view of this case may need, to prepare in idle time so no decision pays for it:
 * the other places of the case's station, then the child's other faces.
 */
export function texturesAhead(
  view: StageView,
  scenes: readonly SceneId[],
  moods: readonly MoodId[],
): TextureSpec[] {
  return [
    ...scenes.filter((s) => s !== view.scene).map((s) => placeTexture(s, view.setting)),
    ...moods
      .filter((m) => m !== view.child.mood)
      .map((m) =>
        childTexture(view.child.id, m, view.figures?.[view.child.id], view.drawings?.[view.child.id]),
      ),
  ];
}
