import { describe, expect, it } from 'vitest';
import { loadActiveCase, parseCaseLink, saveActiveCase } from '../../../src/ui/app-state.ts';

describe('parseCaseLink', () => {
  it('reads the link an instructor hands out', () => {
    expect(parseCaseLink('?case=lost_child_5&lang=en&mode=evaluation&trainee=%20Ana%20')).toEqual({
      caseId: 'lost_child_5',
      lang: 'en',
      mode: 'evaluation',
      trainee: 'Ana',
      author: false,
    });
  });

  it('ignores a language or mode it does not know, and reads the author switch', () => {
    expect(parseCaseLink('?lang=fr&mode=exam&author=1')).toEqual({ caseId: undefined, lang: undefined, mode: undefined, trainee: undefined, author: true });
  });
});

describe('the active case', () => {
  it('is remembered, forgotten, and unreadable data is ignored', () => {
    localStorage.clear();
    saveActiveCase(localStorage, { sessionId: 's', caseId: 'theft_16', lang: 'es' });
    expect(loadActiveCase(localStorage)).toEqual({ sessionId: 's', caseId: 'theft_16', lang: 'es' });
    saveActiveCase(localStorage, undefined);
    expect(loadActiveCase(localStorage)).toBeUndefined();
    localStorage.setItem('primer-contacto:active', '{"sessionId": 3');
    expect(loadActiveCase(localStorage)).toBeUndefined();
  });
});
