import type { Standard } from '../core/protocol/standard.ts';
import type { StandardId } from '../core/protocol/standard-ids.ts';

type Lookup = (id: StandardId) => Standard;

let loaded: Lookup | undefined;
let loading: Promise<Lookup> | undefined;

/**
 * The standards' titles and explanations (a chunk of their own, about a quarter of the
 * first screen's code) load when first needed: the case asks for them in its first reading
 * pause, so they are there by the time the coach comments the first choice.
 */
export function loadStandardTexts(): Promise<Lookup> {
  loading ??= import('../core/protocol/standards.ts').then((m) => (loaded = m.standardWithId));
  return loading;
}

/** The lookup if the texts are already here. */
export const standardTextsNow = (): Lookup | undefined => loaded;
