import type { Language } from '../core/language.ts';
import { builtInCast, type Cast } from '../core/story/cast.ts';
import type { StoryLine } from '../core/story/story-step.ts';
import { ambientCaptions, sfxCaptions } from '../i18n/captions.ts';

/** The name shown before a line; none for the narrator. */
export function speakerName(line: StoryLine, lang: Language, cast: Cast = builtInCast): string | undefined {
  if (!line.speaker || line.speaker === 'narrator') return undefined;
  return cast.person(line.speaker)?.name[lang] ?? line.speaker;
}

/** Captions for the sounds of a line, for the history and for deaf and hard-of-hearing trainees. */
export function lineCaptions(line: StoryLine, lang: Language): string[] {
  return [
    ...line.sfx.map((s) => sfxCaptions[s][lang]),
    ...(line.ambient ? [ambientCaptions[line.ambient][lang]] : []),
  ];
}
