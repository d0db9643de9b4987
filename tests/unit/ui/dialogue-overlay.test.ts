import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryLine, StoryOption } from '../../../src/core/story/story-step.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { DialogueOverlay } from '../../../src/ui/dialogue-overlay.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

const options: readonly StoryOption[] = [
  { index: 0, text: 'Take them to the private room.', actions: ['move_to_private_room'] },
  { index: 1, text: 'Ask what happened at the desk.', actions: ['ask_open_question'] },
  { index: 2, text: 'Send them home.', actions: ['end_abruptly'] },
];

function line(text: string, extra: Partial<StoryLine> = {}): StoryLine {
  return { text, sfx: [], events: [], ...extra };
}

function overlay() {
  const onChoose = vi.fn<(index: number) => void>();
  const dialogue = new DialogueOverlay(strings, { onChoose });
  document.body.append(dialogue.element);
  return { dialogue, onChoose };
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k });
const shownLines = (dialogue: DialogueOverlay) =>
  [...dialogue.element.querySelectorAll('.line')].map((p) => p.textContent);
const buttons = (dialogue: DialogueOverlay) => [
  ...dialogue.element.querySelectorAll<HTMLButtonElement>('button[data-choice-index]'),
];

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('DialogueOverlay', () => {
  it('shows each line after the name of its speaker, and narration without a name', async () => {
    const { dialogue } = overlay();
    await dialogue.show(
      [
        line('Good evening.', { speaker: 'carmen' }),
        line('Milagros looks at the floor.', { speaker: 'narrator' }),
      ],
      options,
      'en',
      'instant',
      0,
    );
    expect(shownLines(dialogue)).toEqual([
      'Carmen (Milagros’s mother): Good evening.',
      'Milagros looks at the floor.',
    ]);
    expect(dialogue.element.querySelectorAll('.speaker')).toHaveLength(1);
  });

  it('captions the sounds of a line, including a line that is only a sound', async () => {
    const { dialogue } = overlay();
    await dialogue.show(
      [line('', { sfx: ['door'] }), line('Hello.', { speaker: 'milagros', sfx: ['phone'] })],
      options,
      'en',
      'instant',
      0,
    );
    expect(shownLines(dialogue)).toEqual(['[a door opens] ', '[a phone rings] Milagros: Hello.']);
  });

  it('shows the last six lines of a long step', async () => {
    const { dialogue } = overlay();
    const lines = Array.from({ length: 8 }, (_, i) => line(`Line ${i + 1}.`));
    await dialogue.show(lines, options, 'en', 'instant', 0);
    expect(shownLines(dialogue)).toEqual(['Line 3.', 'Line 4.', 'Line 5.', 'Line 6.', 'Line 7.', 'Line 8.']);
  });

  it('offers each option as a button carrying its choice index and a visible number', async () => {
    const { dialogue } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    expect(
      buttons(dialogue).map((b) => [
        b.dataset.choiceIndex,
        b.querySelector('.option-key')?.textContent,
        b.querySelector('.option-text')?.textContent,
      ]),
    ).toEqual([
      ['0', '1', 'Take them to the private room.'],
      ['1', '2', 'Ask what happened at the desk.'],
      ['2', '3', 'Send them home.'],
    ]);
  });

  it('replaces the lines and options of the previous step', async () => {
    const { dialogue } = overlay();
    await dialogue.show([line('First.')], options, 'en', 'instant', 0);
    await dialogue.show([line('Second.')], options.slice(0, 1), 'en', 'instant', 1);
    expect(shownLines(dialogue)).toEqual(['Second.']);
    expect(buttons(dialogue)).toHaveLength(1);
    expect(dialogue.element.dataset.step).toBe('1');
  });

  it('chooses the option whose number key is pressed', async () => {
    const { dialogue, onChoose } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    expect(dialogue.handleKey(key('2'))).toBe(true);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('leaves keys that name no option unused', async () => {
    const { dialogue, onChoose } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    expect([key('0'), key('4'), key('a'), key('Enter')].map((e) => dialogue.handleKey(e))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('chooses the option that is clicked', async () => {
    const { dialogue, onChoose } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    buttons(dialogue)[2]?.click();
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('ignores a second choice until the next step is shown', async () => {
    const { dialogue, onChoose } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    dialogue.handleKey(key('1'));
    dialogue.handleKey(key('2'));
    buttons(dialogue)[2]?.click();
    expect(onChoose.mock.calls).toEqual([[0]]);
    expect(buttons(dialogue).every((b) => b.disabled)).toBe(true);
    await dialogue.show([line('Next.')], options, 'en', 'instant', 1);
    dialogue.handleKey(key('3'));
    expect(onChoose.mock.calls).toEqual([[0], [2]]);
  });

  it('offers the options only once slow text has been revealed', async () => {
    vi.useFakeTimers();
    const { dialogue } = overlay();
    const shown = dialogue.show(
      [line('A short line.'), line('Another short line.')],
      options,
      'en',
      'normal',
      0,
    );
    expect(shownLines(dialogue)).toEqual(['A short line.']);
    expect(buttons(dialogue)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(4_000);
    await shown;
    expect(shownLines(dialogue)).toHaveLength(2);
    expect(buttons(dialogue)).toHaveLength(3);
  });

  it('reveals slow text at once on Space', async () => {
    vi.useFakeTimers();
    const { dialogue, onChoose } = overlay();
    const shown = dialogue.show(
      [line('A long line. '.repeat(20)), line('Another long line. '.repeat(20))],
      options,
      'en',
      'normal',
      0,
    );
    expect(dialogue.handleKey(key(' '))).toBe(true);
    await shown;
    expect(shownLines(dialogue)).toHaveLength(2);
    expect(buttons(dialogue)).toHaveLength(3);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('reveals slow text at once on a click', async () => {
    vi.useFakeTimers();
    const { dialogue } = overlay();
    const shown = dialogue.show(
      [line('A long line. '.repeat(20)), line('Another long line. '.repeat(20))],
      options,
      'en',
      'normal',
      0,
    );
    dialogue.element.click();
    await shown;
    expect(buttons(dialogue)).toHaveLength(3);
  });

  it('moves focus to the first option on request', async () => {
    const { dialogue } = overlay();
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    dialogue.focusFirstOption();
    expect(document.activeElement).toBe(buttons(dialogue)[0]);
  });

  it('shows what describeOption adds beside each option', async () => {
    const dialogue = new DialogueOverlay(strings, {
      onChoose: () => undefined,
      describeOption: (o) =>
        Object.assign(document.createElement('small'), { textContent: o.actions.join(', ') }),
    });
    await dialogue.show([line('Hello.')], options, 'en', 'instant', 0);
    expect([...dialogue.element.querySelectorAll('.option-row small')].map((s) => s.textContent)).toEqual([
      'move_to_private_room',
      'ask_open_question',
      'end_abruptly',
    ]);
  });

  it('is accessible', async () => {
    const { dialogue } = overlay();
    await dialogue.show(
      [line('', { sfx: ['door'] }), line('Good evening.', { speaker: 'carmen' }), line('She waits.')],
      options,
      'en',
      'instant',
      0,
    );
    expect(await axeViolations(dialogue.element)).toEqual([]);
  });
});
