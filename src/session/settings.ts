import type { Language } from '../core/language.ts';
import type { Preferences } from './preferences.ts';

export type TextSpeed = 'instant' | 'fast' | 'normal';

/** What the trainee chose in the pause menu; remembered in this browser. */
export interface Settings {
  readonly lang: Language;
  /** Percent: 100–200. */
  readonly textSize: number;
  readonly textSpeed: TextSpeed;
  readonly volumes: { readonly ambient: number; readonly effects: number; readonly interface: number };
  readonly muted: boolean;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
}

const key = 'primer-contacto:settings';

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    lang: 'es',
    textSize: 100,
    textSpeed: 'instant',
    volumes: { ambient: 0.5, effects: 0.8, interface: 0.5 },
    muted: false,
    reducedMotion: prefersReducedMotion,
    highContrast: false,
  };
}

const textSpeeds: readonly unknown[] = ['instant', 'fast', 'normal'] satisfies TextSpeed[];
const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
const volume = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;

/** One of the sizes offered (100–200 %, in steps of 25). */
const textSize = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(200, Math.max(100, Math.round(value / 25) * 25))
    : fallback;

/** Reads saved settings over the defaults; anything unreadable falls back to the default. */
export function loadSettings(preferences: Preferences, prefersReducedMotion: boolean): Settings {
  const base = defaultSettings(prefersReducedMotion);
  const stored = preferences.read(key);
  const saved = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const volumes = (
    typeof saved.volumes === 'object' && saved.volumes !== null ? saved.volumes : {}
  ) as Partial<Record<keyof Settings['volumes'], unknown>>;
  return {
    lang: saved.lang === 'en' ? 'en' : saved.lang === 'es' ? 'es' : base.lang,
    textSize: textSize(saved.textSize, base.textSize),
    textSpeed: textSpeeds.includes(saved.textSpeed) ? (saved.textSpeed as TextSpeed) : base.textSpeed,
    volumes: {
      ambient: volume(volumes.ambient, base.volumes.ambient),
      effects: volume(volumes.effects, base.volumes.effects),
      interface: volume(volumes.interface, base.volumes.interface),
    },
    muted: flag(saved.muted, base.muted),
    reducedMotion: flag(saved.reducedMotion, base.reducedMotion),
    highContrast: flag(saved.highContrast, base.highContrast),
  };
}

export function saveSettings(preferences: Preferences, settings: Settings): void {
  preferences.write(key, settings);
}
