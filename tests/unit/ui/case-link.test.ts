import { describe, expect, it } from 'vitest';
import { LocalStoragePreferences } from '../../../src/adapters/storage/local-storage-preferences.ts';
import { loadActiveCase, saveActiveCase } from '../../../src/session/active-case.ts';
import { linkedTrainee, parseCaseLink } from '../../../src/session/case-link.ts';

const local = new LocalStoragePreferences(localStorage);

describe('parseCaseLink', () => {
  it('reads the link an instructor hands out', () => {
    expect(parseCaseLink('?case=lost_child_5&lang=en&mode=evaluation&trainee=%20Ana%20')).toEqual({
      caseId: 'lost_child_5',
      lang: 'en',
      mode: 'evaluation',
      trainee: 'Ana',
      code: undefined,
      author: false,
      problems: [],
    });
  });

  it('names a case, language or mode it does not know, and reads the author switch', () => {
    expect(parseCaseLink('?case=no_such&lang=fr&mode=exam&author=1', (id) => id === 'theft_16')).toEqual({
      caseId: undefined,
      lang: undefined,
      mode: undefined,
      trainee: undefined,
      code: undefined,
      author: true,
      problems: [
        { field: 'case', value: 'no_such' },
        { field: 'lang', value: 'fr' },
        { field: 'mode', value: 'exam' },
      ],
    });
  });

  it('carries the trainee code and cuts name and code to their limits', () => {
    const link = parseCaseLink(`?trainee=${'A'.repeat(200)}&code=${'9'.repeat(50)}`);
    expect(link.trainee).toHaveLength(80);
    expect(link.code).toHaveLength(20);
    expect(linkedTrainee(parseCaseLink('?trainee=Ana&code=CIP-31'), undefined)).toEqual({
      name: 'Ana',
      code: 'CIP-31',
      mode: 'practice',
    });
  });
});

describe('the active case', () => {
  it('is remembered, forgotten, and unreadable data is ignored', () => {
    localStorage.clear();
    saveActiveCase(local, { sessionId: 's', caseId: 'theft_16', lang: 'es' });
    expect(loadActiveCase(local)).toEqual({ sessionId: 's', caseId: 'theft_16', lang: 'es' });
    saveActiveCase(local, undefined);
    expect(loadActiveCase(local)).toBeUndefined();
    localStorage.setItem('primer-contacto:active', '{"sessionId": 3');
    expect(loadActiveCase(local)).toBeUndefined();
  });

  it.each([
    'null',
    '"s-1"',
    '[]',
    '{"sessionId":3,"caseId":"theft_16","lang":"es"}',
    '{"sessionId":"s","caseId":"theft_16","lang":"fr"}',
    '{"sessionId":"s","lang":"es"}',
  ])('is none when the stored value is %s', (stored) => {
    localStorage.setItem('primer-contacto:active', stored);
    expect(loadActiveCase(local)).toBeUndefined();
  });
});

describe('linkedTrainee', () => {
  const rosa = { name: 'Rosa', code: 'CAD-7', mode: 'practice' as const };

  it("puts the link's name and mode over the remembered trainee, keeping the code", () => {
    const link = parseCaseLink('?case=theft_16&trainee=Rosa%20Q.&mode=evaluation');
    expect(linkedTrainee(link, rosa)).toEqual({ name: 'Rosa Q.', code: 'CAD-7', mode: 'evaluation' });
  });

  it('is the remembered trainee without a name in the link, and nobody without either', () => {
    expect(linkedTrainee(parseCaseLink('?case=theft_16'), rosa)).toEqual(rosa);
    expect(linkedTrainee(parseCaseLink('?mode=evaluation'), undefined)).toBeUndefined();
    expect(linkedTrainee(parseCaseLink('?trainee=Ana'), undefined)).toEqual({
      name: 'Ana',
      code: '',
      mode: 'practice',
    });
  });

  it('an author link asks no name: nobody remembered, it plays as the author, in practice unless the link says', () => {
    const author = (search: string, allowed = true) =>
      linkedTrainee(
        parseCaseLink(search, () => true, allowed),
        undefined,
        'Autor/a',
      );
    expect(author('?author=1&case=theft_16')).toEqual({ name: 'Autor/a', code: '', mode: 'practice' });
    expect(author('?author=1&mode=evaluation')).toEqual({ name: 'Autor/a', code: '', mode: 'evaluation' });
    expect(author('?author=1&trainee=Ana')?.name).toBe('Ana');
    expect(author('?author=1&case=theft_16', false)).toBeUndefined();
    expect(linkedTrainee(parseCaseLink('?author=1'), rosa, 'Autor/a')).toEqual(rosa);
  });
});
