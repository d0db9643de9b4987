import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseInfo } from '../../../src/core/story/case-info.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { contentNote } from '../../../src/ui/content-note.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

const info: CaseInfo = {
  caseId: 'lost_child_5',
  title: 'Lost at the market',
  persona: 'milagros',
  age: 5,
  type: 'lost_child',
  requires: ['register_report'],
  key: [],
  trust: 3,
  distress: 6,
  contentNote: 'A small child separated from her family.',
  summary: 'A girl is brought in by a market guard.',
  lang: 'en',
  cast: [],
};

afterEach(() => document.body.replaceChildren());

describe('contentNote', () => {
  it('names the case and says what it deals with', () => {
    const view = contentNote(info, strings, vi.fn(), vi.fn());
    expect(view.querySelector('h2')?.textContent).toBe('Lost at the market');
    expect(view.querySelector('.note')?.textContent).toBe('⚠ A small child separated from her family.');
    expect(view.textContent).toContain(strings.contentNotePause);
  });

  it('starts the case from a button that names it', () => {
    const onStart = vi.fn();
    const onBack = vi.fn();
    const view = contentNote(info, strings, onStart, onBack);
    const start = view.querySelector<HTMLButtonElement>('[data-start-case]');
    expect(start?.dataset.startCase).toBe('lost_child_5');
    expect(start?.textContent).toBe(strings.startCase);
    start?.click();
    expect(onStart).toHaveBeenCalledOnce();
    expect(onBack).not.toHaveBeenCalled();
  });

  it('goes back without starting', () => {
    const onStart = vi.fn();
    const onBack = vi.fn();
    const view = contentNote(info, strings, onStart, onBack);
    [...view.querySelectorAll('button')].find((b) => b.textContent === strings.back)?.click();
    expect(onBack).toHaveBeenCalledOnce();
    expect(onStart).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    expect(await axeViolations(contentNote(info, strings, vi.fn(), vi.fn()))).toEqual([]);
  });
});
