import { afterEach, describe, expect, it } from 'vitest';
import { loadTrainee, saveTrainee } from '../../../src/ui/trainee.ts';

const key = 'primer-contacto:trainee';

afterEach(() => localStorage.clear());

describe('the remembered trainee', () => {
  it('is read back as it was saved', () => {
    saveTrainee(localStorage, { name: 'Rosa Q.', code: 'CAD-7', mode: 'evaluation' });
    expect(loadTrainee(localStorage)).toEqual({ name: 'Rosa Q.', code: 'CAD-7', mode: 'evaluation' });
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
    expect(loadTrainee(localStorage)).toBeUndefined();
  });

  it('keeps a readable name and repairs the rest', () => {
    localStorage.setItem(key, '{"name":"Rosa","code":42,"mode":"exam"}');
    expect(loadTrainee(localStorage)).toEqual({ name: 'Rosa', code: '', mode: 'practice' });
  });

  it('is nobody where the browser refuses storage', () => {
    expect(loadTrainee(undefined)).toBeUndefined();
  });
});
