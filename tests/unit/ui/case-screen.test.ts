import { afterEach, describe, expect, it, vi } from 'vitest';
import { InMemoryRecordStore } from '../../../src/adapters/storage/in-memory-record-store.ts';
import { SilentAudioPlayer } from '../../../src/audio/silent-audio-player.ts';
import type { CaseMode } from '../../../src/core/record/session-record.ts';
import type { StoryLine } from '../../../src/core/story/story-step.ts';
import { es } from '../../../src/i18n/es.ts';
import type { Stage, StageView } from '../../../src/scenes/stage.ts';
import { CaseSession } from '../../../src/session/case-session.ts';
import { AuthorPanel } from '../../../src/ui/author-panel.ts';
import { CaseScreen } from '../../../src/ui/case-screen.ts';
import { defaultSettings } from '../../../src/session/settings.ts';
import { fixtureJson } from '../../support/fixtures.ts';
import { FixedClock } from '../../support/fixed-clock.ts';

async function until(condition: () => boolean, tries = 300): Promise<void> {
  for (let i = 0; i < tries && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

/** A station picture that records what it was asked to show. */
class RecordingStage implements Stage {
  readonly views: StageView[] = [];
  /** 'show' and 'hold', in the order asked. */
  readonly calls: string[] = [];
  destroyed = false;
  show(view: StageView): void {
    this.views.push(view);
    this.calls.push('show');
  }
  hold(): void {
    this.calls.push('hold');
  }
  setReducedMotion(): void {}
  destroy(): void {
    this.destroyed = true;
  }
}

interface Opened {
  readonly screen: CaseScreen;
  readonly session: CaseSession;
  readonly audio: SilentAudioPlayer;
  readonly store: InMemoryRecordStore;
  readonly ended: { session: CaseSession; lines: readonly StoryLine[] }[];
  readonly errors: unknown[];
  readonly root: HTMLElement;
}

async function open(
  fixture: string,
  {
    mode = 'practice',
    author = false,
    stage = new Promise<Stage>(() => {}),
    onAsk = () => {},
  }: { mode?: CaseMode; author?: boolean; stage?: Promise<Stage>; onAsk?: () => void } = {},
): Promise<Opened> {
  const store = new InMemoryRecordStore();
  const session = await CaseSession.start({
    json: fixtureJson(fixture),
    store,
    clock: new FixedClock(),
    sessionId: 's-1',
    mode,
    trainee: { name: 'Rosa', code: 'CAD-7' },
    seed: 3,
  });
  const audio = new SilentAudioPlayer();
  const ended: Opened['ended'] = [];
  const errors: unknown[] = [];
  const screen = new CaseScreen({
    session,
    strings: es,
    settings: () => ({ ...defaultSettings(true), textSpeed: 'instant' }),
    audio,
    createStage: () => (onAsk(), stage),
    author: author ? AuthorPanel : undefined,
    onPause: () => {},
    onEnd: (s, lines) => ended.push({ session: s, lines }),
    onError: (error) => errors.push(error),
  });
  const root = document.createElement('div');
  root.append(screen.element);
  document.body.append(root);
  await screen.start();
  return { screen, session, audio, store, ended, errors, root };
}

const optionTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-choice-index] .option-text')].map((o) => o.textContent);
const click = (root: HTMLElement, index: number) =>
  root.querySelector<HTMLButtonElement>(`[data-choice-index="${index}"]`)!.click();

afterEach(() => document.body.replaceChildren());

describe('CaseScreen', () => {
  it('shows the first step: its lines and options, its ambient loop and effects, coach and meters in practice', async () => {
    const { root, audio } = await open('runner/tags.ink');
    expect(root.querySelector('#case-title')?.textContent).toBe('Fixture');
    expect(root.querySelector('.dialogue')?.getAttribute('data-step')).toBe('0');
    expect([...optionTexts(root)].sort()).toEqual(['Hablar solo con la mamá.', 'Saludar a Jhon.']);
    expect(root.querySelector('.dialogue-lines')?.textContent).toContain('Jhon mira a su mamá.');
    expect(audio.log).toEqual(['ambient:night_shift', 'sfx:phone', 'sfx:door']);
    expect(root.querySelector('[data-coach]')).not.toBeNull();
    expect(root.querySelector('[data-meter-change]')).not.toBeNull();
  });

  it('a choice plays the select sound, enters the history, shows its verdicts to the coach, and the end hands over the ending lines', async () => {
    const { root, audio, ended, session, store } = await open('runner/tags.ink');
    click(root, 0);
    await until(() => ended.length === 1);
    await until(() => root.querySelectorAll('[data-coach] .coach-list li').length > 0);
    expect(audio.log).toContain('ui:select');
    expect(root.querySelector('.history-list [data-turn="1"]')?.textContent).toContain('Saludar a Jhon.');
    const coach = [...root.querySelectorAll('[data-coach] .coach-list li')];
    expect(coach.length).toBeGreaterThan(0);
    // everything this choice produced: what its actions met, the distress obligation it missed, and
    // the requirement never offered before the end
    expect(
      coach.map(
        (li) => `${li.className} ${li.querySelector('strong')?.textContent?.split(' · ')[1]?.slice(0, 6)}`,
      ),
    ).toEqual(['met COM-01', 'violated major COM-03', 'violated critical REF-01']);
    expect(coach).toHaveLength(session.context.verdicts.length);
    expect(ended[0]!.session).toBe(session);
    expect(ended[0]!.lines.map((l) => l.ending).filter(Boolean)).toEqual(['protected_home']);
    expect(session.record).toBeDefined();
    expect(await store.listRecords()).toHaveLength(1);
  });

  it('evaluation mode has neither coach nor meters, and keys 1–9 choose', async () => {
    const { root, screen, session } = await open('situations/suspect.ink', { mode: 'evaluation' });
    expect(root.querySelector('[data-coach]')).toBeNull();
    expect(root.querySelector('[data-meter-change]')).toBeNull();
    expect(screen.handleKey(new KeyboardEvent('keydown', { key: '1' }))).toBe(true);
    await until(() => session.choices.length === 1);
    expect(screen.handleKey(new KeyboardEvent('keydown', { key: 'x' }))).toBe(false);
  });

  it('the picture shows the case child at the first scene once ready, and follows the story', async () => {
    const stage = new RecordingStage();
    const { root } = await open('runner/tags.ink', { stage: Promise.resolve(stage) });
    await until(() => stage.views.length > 0);
    expect(stage.views[0]).toMatchObject({ scene: 'front_desk', child: { id: 'milagros', mood: 'anxious' } });
    click(root, 0);
    expect(stage.calls.at(-1)).toBe('hold'); // no frame while the choice is taken and the next options shown
    await until(() => stage.views.at(-1)?.child.mood === 'calm');
    expect(stage.calls.slice(-2)).toEqual(['hold', 'show']);
  });

  it('a picture that arrives after the screen was left is destroyed, and leaving silences the ambient', async () => {
    let ready: (stage: Stage) => void = () => {};
    const stage = new RecordingStage();
    const asked = new Promise<Stage>((r) => (ready = r));
    let askedFor = false;
    const { screen, audio } = await open('runner/tags.ink', {
      stage: asked,
      onAsk: () => (askedFor = true),
    });
    await until(() => askedFor, 600); // the picture is asked for in the trainee's first reading pause
    screen.destroy();
    expect(audio.ambient).toBeNull();
    ready(stage);
    await until(() => stage.destroyed);
    expect(stage.views).toEqual([]);
  });

  it('the author view keeps the story order, shows each option’s actions, lists verdicts and resets them on a jump', async () => {
    const { root, session } = await open('situations/suspect.ink', { author: true });
    expect(root.querySelector('[data-author-panel]')).not.toBeNull();
    expect(root.querySelector('.option-row .author-actions')?.textContent).toBe('do:move_to_private_room');
    click(root, 0);
    await until(
      () => root.querySelectorAll('.author-verdicts li').length > 0 && optionTexts(root).length === 3,
    );
    expect(optionTexts(root)).toEqual([
      'Pedir a un colega que lo lleve a otra oficina.',
      'Dejar que pase a saludar.',
      'Seguir con la entrevista.',
    ]);
    root.querySelector<HTMLButtonElement>('[data-author-jump]')!.click();
    await until(() => root.querySelectorAll('.author-verdicts li').length === 0);
    expect(session.isPreview).toBe(true);
  });

  it('a choice that cannot be saved is reported, not thrown', async () => {
    const { root, store, errors } = await open('situations/suspect.ink');
    vi.spyOn(store, 'saveProgress').mockRejectedValue(new Error('disk full'));
    click(root, 0);
    await until(() => errors.length === 1);
    expect(String(errors[0])).toMatch(/disk full/);
  });
});
