import { afterEach, describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { loadTrainee, saveTrainee } from '../../../src/session/trainee.ts';

const local = new LocalStoragePreferences(localStorage);

const key = 'primer-contacto:trainee';

afterEach(() => localStorage.clear());

describe('the remembered trainee', () => {
  it('is read back as it was saved', () => {
    saveTrainee(local, { name: 'Rosa Q.', code: 'CAD-7', mode: 'evaluation' });
    expect(loadTrainee(local)).toEqual({ name: 'Rosa Q.', code: 'CAD-7', mode: 'evaluation' });
  });

  it.each([
    '{"name": 3',
    'null',
    '"Rosa"',
    '[{"name":"Rosa"}]',
    '{"name":"   "}',
    '{"name":{"first":"Rosa"}}',
  ])('is nobody when the stored value is %s', (stored) => {
    localStorage.setItem(key, stored);
    expect(loadTrainee(local)).toBeUndefined();
  });

  it('keeps a readable name and repairs the rest', () => {
    localStorage.setItem(key, '{"name":"Rosa","code":42,"mode":"exam"}');
    expect(loadTrainee(local)).toEqual({ name: 'Rosa', code: '', mode: 'practice' });
  });

  it('is nobody where the browser refuses storage', () => {
    expect(loadTrainee(new LocalStoragePreferences(undefined))).toBeUndefined();
  });
});
