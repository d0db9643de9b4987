import { describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import {
  defaultSettings,
  loadSettings as loadFrom,
  saveSettings as saveTo,
  type Settings,
} from '../../../src/session/settings.ts';
import { applySettings } from '../../../src/ui/apply-settings.ts';

/** The settings as the browser's adapter reads and writes them in a Web Storage. */
const loadSettings = (storage: Storage | undefined, prm: boolean) =>
  loadFrom(new LocalStoragePreferences(storage), prm);
const saveSettings = (storage: Storage | undefined, settings: Settings) =>
  saveTo(new LocalStoragePreferences(storage), settings);

const key = 'primer-contacto:settings';

function storageWith(saved: string | null): Storage {
  const storage = new Map<string, string>();
  if (saved !== null) storage.set(key, saved);
  return {
    get length() {
      return storage.size;
    },
    clear: () => storage.clear(),
    getItem: (k) => storage.get(k) ?? null,
    key: (i) => [...storage.keys()][i] ?? null,
    removeItem: (k) => void storage.delete(k),
    setItem: (k, v) => void storage.set(k, v),
  };
}

const saved = (value: unknown) => storageWith(JSON.stringify(value));

describe('loadSettings', () => {
  it('gives the defaults when nothing is saved or there is no storage', () => {
    expect(loadSettings(storageWith(null), false)).toEqual(defaultSettings(false));
    expect(loadSettings(undefined, true)).toEqual(defaultSettings(true));
  });

  it('follows the system preference for reduced motion by default', () => {
    expect(loadSettings(undefined, true).reducedMotion).toBe(true);
    expect(loadSettings(undefined, false).reducedMotion).toBe(false);
  });

  it('reads back what was saved', () => {
    const storage = storageWith(null);
    const chosen = {
      ...defaultSettings(false),
      lang: 'en',
      textSize: 150,
      textSpeed: 'normal',
      volumes: { ambient: 0, effects: 0.4, interface: 1 },
      muted: true,
      highContrast: true,
    } as const;
    saveSettings(storage, chosen);
    expect(loadSettings(storage, false)).toEqual(chosen);
  });

  it('gives the defaults for saved data that is not JSON, or not an object', () => {
    expect(loadSettings(storageWith('{not json'), false)).toEqual(defaultSettings(false));
    expect(loadSettings(storageWith('null'), false)).toEqual(defaultSettings(false));
  });

  it('ignores an unknown language', () => {
    expect(loadSettings(saved({ lang: 'fr' }), false).lang).toBe('es');
  });

  it('keeps the text size between 100 and 200 percent', () => {
    expect(loadSettings(saved({ textSize: 500 }), false).textSize).toBe(200);
    expect(loadSettings(saved({ textSize: 20 }), false).textSize).toBe(100);
    expect(loadSettings(saved({ textSize: 'huge' }), false).textSize).toBe(100);
  });

  it('offers only the sizes of the menu: a size in between goes to the nearest', () => {
    expect(loadSettings(saved({ textSize: 137 }), false).textSize).toBe(125);
    expect(loadSettings(saved({ textSize: 190 }), false).textSize).toBe(200);
    expect(loadSettings(saved({ textSize: '150' }), false).textSize).toBe(100);
  });

  it('gives the defaults for any other garbage, or a storage that refuses to be read', () => {
    for (const garbage of ['[1,2]', '"text"', 'true', '7', '{"volumes":null,"muted":"yes"}']) {
      expect(loadSettings(storageWith(garbage), false)).toEqual(defaultSettings(false));
    }
    const refusing = {
      ...storageWith(null),
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadSettings(refusing, false)).toEqual(defaultSettings(false));
  });

  it('ignores an unknown text speed', () => {
    expect(loadSettings(saved({ textSpeed: 'warp' }), false).textSpeed).toBe('instant');
  });

  it('keeps each volume between 0 and 1 and ignores one that is not a number', () => {
    const { volumes } = loadSettings(
      saved({ volumes: { ambient: 3, effects: -1, interface: 'loud' } }),
      false,
    );
    expect(volumes).toEqual({ ambient: 1, effects: 0, interface: defaultSettings(false).volumes.interface });
  });

  it('keeps the saved volumes it can read when others are missing', () => {
    expect(loadSettings(saved({ volumes: { effects: 0.2 } }), false).volumes).toEqual({
      ...defaultSettings(false).volumes,
      effects: 0.2,
    });
  });

  it('ignores switches that are not true or false', () => {
    const loaded = loadSettings(saved({ muted: 'yes', highContrast: 1, reducedMotion: null }), true);
    expect([loaded.muted, loaded.highContrast, loaded.reducedMotion]).toEqual([false, false, true]);
  });
});

describe('saveSettings', () => {
  it('does not throw where storage refuses to write', () => {
    const storage = storageWith(null);
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(() => saveSettings(storage, defaultSettings(false))).not.toThrow();
  });
});

describe('applySettings', () => {
  it('sets the language, text scale, contrast and motion on the root', () => {
    const root = document.createElement('html');
    applySettings(root, {
      ...defaultSettings(false),
      lang: 'en',
      textSize: 150,
      highContrast: true,
      reducedMotion: true,
    });
    expect(root.lang).toBe('en');
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.5');
    expect([...root.classList].sort()).toEqual(['high-contrast', 'large-text', 'reduced-motion']);
    applySettings(root, defaultSettings(false));
    expect(root.lang).toBe('es-PE');
    expect([...root.classList]).toEqual([]);
  });
});
