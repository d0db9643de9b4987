import { afterEach, describe, expect, it } from 'vitest';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { HistoryLog } from '../../../src/ui/history-log.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

function line(text: string, extra: Partial<StoryLine> = {}): StoryLine {
  return { text, sfx: [], events: [], ...extra };
}

const turns = (log: HistoryLog) =>
  [...log.element.querySelectorAll('li.choice .turn-choice')].map((p) => p.textContent);
const folded = (log: HistoryLog, n: number) =>
  [...log.element.querySelectorAll(`li.choice[data-turn="${n}"] .turn-lines li`)].map((li) => [
    li.className,
    li.textContent,
  ]);

afterEach(() => document.body.replaceChildren());

describe('HistoryLog', () => {
  it('is a quiet log, labelled by its title: the dialogue announces the lines, not the history', () => {
    const log = new HistoryLog(strings);
    document.body.append(log.element);
    const region = log.element.querySelector('[role="log"]');
    expect(region?.getAttribute('aria-live')).toBe('off');
    expect(document.getElementById(region?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      strings.history,
    );
  });

  it('shows one summary per decision, the lines before it folded away', () => {
    const log = new HistoryLog(strings);
    log.addLines(
      [line('Good evening.', { speaker: 'carmen' }), line('Milagros looks down.', { speaker: 'narrator' })],
      'en',
    );
    log.addChoice('Take them to the private room.');
    log.addLines([line('Thank you.', { speaker: 'milagros', sfx: ['chair'] })], 'en');
    log.addChoice('Sit at her height.');
    expect(turns(log)).toEqual(['1. You: Take them to the private room.', '2. You: Sit at her height.']);
    expect(folded(log, 1)).toEqual([
      ['said', 'Carmen (Milagros’s mother): Good evening.'],
      ['narration', 'Milagros looks down.'],
    ]);
    expect(folded(log, 2)).toEqual([
      ['caption', '[a chair scrapes]'],
      ['said', 'Milagros: Thank you.'],
    ]);
    const details = [...log.element.querySelectorAll('details')];
    expect(details).toHaveLength(2);
    expect(details.every((d) => !d.open)).toBe(true);
  });

  it('does not show the lines of the step still on screen', () => {
    const log = new HistoryLog(strings);
    log.addLines([line('Hello.', { speaker: 'carmen' })], 'en');
    expect(log.element.querySelectorAll('li')).toHaveLength(0);
    expect(log.element.textContent).not.toContain('Hello.');
  });

  it('keeps a line that is only a sound as its caption alone', () => {
    const log = new HistoryLog(strings);
    log.addLines([line('', { sfx: ['door', 'footsteps'], ambient: 'quiet_room' })], 'en');
    log.addChoice('Wait.');
    expect(folded(log, 1)).toEqual([
      ['caption', '[a door opens]'],
      ['caption', '[footsteps approach]'],
      ['caption', '[a quiet room]'],
    ]);
  });

  it('speaks the language it is given', () => {
    const log = new HistoryLog(stringsFor('es'));
    log.addLines([line('Buenas noches.', { speaker: 'carmen', sfx: ['phone'] })], 'es');
    log.addChoice('Saludar.');
    expect(turns(log)).toEqual(['1. Tú: Saludar.']);
    expect(folded(log, 1)).toEqual([
      ['caption', '[suena un teléfono]'],
      ['said', 'Carmen (mamá de Milagros): Buenas noches.'],
    ]);
  });

  it('is accessible', async () => {
    const log = new HistoryLog(strings);
    log.addLines([line('', { sfx: ['door'] }), line('Good evening.', { speaker: 'carmen' })], 'en');
    log.addChoice('Greet them.');
    expect(await axeViolations(log.element)).toEqual([]);
  });
});
