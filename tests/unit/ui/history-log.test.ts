import { afterEach, describe, expect, it } from 'vitest';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { HistoryLog } from '../../../src/ui/history-log.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

function line(text: string, extra: Partial<StoryLine> = {}): StoryLine {
  return { text, sfx: [], events: [], ...extra };
}

const entries = (log: HistoryLog) => [...log.element.querySelectorAll('li')].map((li) => [li.className, li.textContent]);

afterEach(() => document.body.replaceChildren());

describe('HistoryLog', () => {
  it('is a polite live log, labelled by its title', () => {
    const log = new HistoryLog(strings);
    document.body.append(log.element);
    const region = log.element.querySelector('[role="log"]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(document.getElementById(region?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(strings.history);
  });

  it('appends lines, choices and captions in the order they happen', () => {
    const log = new HistoryLog(strings);
    log.addLines([line('Good evening.', { speaker: 'carmen' }), line('Milagros looks down.', { speaker: 'narrator' })], 'en');
    log.addChoice('Take them to the private room.', strings.you);
    log.addLines([line('Thank you.', { speaker: 'milagros', sfx: ['chair'] })], 'en');
    expect(entries(log)).toEqual([
      ['said', 'Carmen (Milagros’s mother): Good evening.'],
      ['narration', 'Milagros looks down.'],
      ['choice', 'You: Take them to the private room.'],
      ['caption', '[a chair scrapes]'],
      ['said', 'Milagros: Thank you.'],
    ]);
  });

  it('keeps a line that is only a sound as its caption alone', () => {
    const log = new HistoryLog(strings);
    log.addLines([line('', { sfx: ['door', 'footsteps'], ambient: 'quiet_room' })], 'en');
    expect(entries(log)).toEqual([
      ['caption', '[a door opens]'],
      ['caption', '[footsteps approach]'],
      ['caption', '[a quiet room]'],
    ]);
  });

  it('speaks the language it is given', () => {
    const log = new HistoryLog(stringsFor('es'));
    log.addLines([line('Buenas noches.', { speaker: 'carmen', sfx: ['phone'] })], 'es');
    expect(entries(log)).toEqual([
      ['caption', '[suena un teléfono]'],
      ['said', 'Carmen (mamá de Milagros): Buenas noches.'],
    ]);
  });

  it('is accessible', async () => {
    const log = new HistoryLog(strings);
    log.addLines([line('', { sfx: ['door'] }), line('Good evening.', { speaker: 'carmen' })], 'en');
    log.addChoice('Greet them.', strings.you);
    expect(await axeViolations(log.element)).toEqual([]);
  });
});
