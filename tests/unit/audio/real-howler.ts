import { vi } from 'vitest';

/** A Howl as the real Howler keeps it (`Howler._howls`): the source it chose and its public getters. */
export interface HeldHowl {
  readonly _src: string;
  readonly _sounds: readonly { readonly _node: HTMLMediaElement }[];
  loop(): boolean;
  volume(): number;
}

/** Every Howl the real Howler holds (it keeps each one made on this page). */
export async function heldHowls(): Promise<readonly HeldHowl[]> {
  const { Howler } = await import('howler');
  return (Howler as unknown as { _howls: HeldHowl[] })._howls;
}

/**
 * jsdom's media elements as a browser's: with `codecs`, every format can be played; `play()`
 * records the file it was asked for (jsdom plays nothing). Returns the paths played, in order.
 * Call before howler is first imported: Howler reads the codecs once.
 */
export function browserMedia(codecs: boolean): string[] {
  const played: string[] = [];
  vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue(codecs ? 'probably' : '');
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    if (this.src) played.push(new URL(this.src).pathname); // Howler also plays empty elements to unlock them
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(codecs ? 4 : 0); // HAVE_ENOUGH_DATA once loaded
  return played;
}

/** What a browser says once a file can be played through. */
export function loaded(howls: readonly HeldHowl[]): void {
  for (const howl of howls) for (const s of howl._sounds) s._node.dispatchEvent(new Event('canplaythrough'));
}
