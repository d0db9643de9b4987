import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { stringsFor } from '../../../src/i18n/translate.ts';
import { downloadJson, openPauseMenu, pauseMenu, type PauseMenuOptions } from '../../../src/ui/pause-menu.ts';
import { defaultSettings, type Settings } from '../../../src/session/settings.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');
const settings = defaultSettings(false);

function menu(overrides: Partial<PauseMenuOptions> = {}) {
  const onChange = vi.fn<(settings: Settings) => void>();
  const onResume = vi.fn();
  const dialog = pauseMenu({ strings, settings, onChange, onResume, onLeave: vi.fn(), ...overrides });
  document.body.append(dialog);
  return { dialog, onChange, onResume };
}

function pick(dialog: HTMLElement, id: string, value: string): void {
  const select = dialog.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

function slide(dialog: HTMLElement, id: string, value: number): void {
  const range = dialog.querySelector<HTMLInputElement>(`#${id}`)!;
  range.value = String(value);
  range.dispatchEvent(new Event('input'));
}

/** A Blob's text (jsdom's Blob has no text()). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

const lastChange = (onChange: ReturnType<typeof menu>['onChange']) => onChange.mock.lastCall?.[0];

afterEach(() => document.body.replaceChildren());

describe('pauseMenu', () => {
  it('shows the current settings', () => {
    const { dialog } = menu({
      settings: {
        ...settings,
        lang: 'en',
        textSize: 150,
        textSpeed: 'fast',
        muted: true,
        volumes: { ...settings.volumes, ambient: 0.25 },
      },
    });
    const value = (id: string) => dialog.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value;
    expect([value('set-lang'), value('set-size'), value('set-speed'), value('set-vol-amb')]).toEqual([
      'en',
      '150',
      'fast',
      '25',
    ]);
    expect(dialog.querySelector<HTMLInputElement>('#set-mute')?.checked).toBe(true);
  });

  it('passes each changed setting to onChange with its new value', () => {
    const { dialog, onChange } = menu();
    pick(dialog, 'set-lang', 'en');
    expect(lastChange(onChange)).toEqual({ ...settings, lang: 'en' });
    pick(dialog, 'set-size', '175');
    expect(lastChange(onChange)?.textSize).toBe(175);
    pick(dialog, 'set-speed', 'normal');
    expect(lastChange(onChange)?.textSpeed).toBe('normal');
  });

  it('turns volume sliders into fractions from 0 to 1', () => {
    const { dialog, onChange } = menu();
    slide(dialog, 'set-vol-amb', 30);
    expect(lastChange(onChange)?.volumes).toEqual({ ...settings.volumes, ambient: 0.3 });
    slide(dialog, 'set-vol-ui', 0);
    expect(lastChange(onChange)?.volumes).toEqual({ ...settings.volumes, ambient: 0.3, interface: 0 });
  });

  it('passes each toggled switch to onChange, keeping earlier changes', () => {
    const { dialog, onChange } = menu();
    dialog.querySelector<HTMLInputElement>('#set-mute')?.click();
    dialog.querySelector<HTMLInputElement>('#set-contrast')?.click();
    dialog.querySelector<HTMLInputElement>('#set-motion')?.click();
    expect(lastChange(onChange)).toEqual({
      ...settings,
      muted: true,
      highContrast: true,
      reducedMotion: true,
    });
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('resumes the case, or leaves it, from its buttons', () => {
    const onLeave = vi.fn();
    const { dialog, onResume } = menu({ onLeave });
    expect(dialog.querySelector('h2')?.textContent).toBe(strings.pauseTitle);
    const button = (text: string) =>
      [...dialog.querySelectorAll('button')].find((b) => b.textContent === text);
    button(strings.resume)?.click();
    expect(onResume).toHaveBeenCalledOnce();
    button(strings.leaveCase)?.click();
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('offers no way to leave where there is no case', () => {
    const { dialog } = menu({ onLeave: undefined });
    expect(dialog.querySelector('h2')?.textContent).toBe(strings.settingsTitle);
    expect([...dialog.querySelectorAll('.actions button')].map((b) => b.textContent)).toEqual([
      strings.continue,
    ]);
  });

  it('resumes instead of closing on Escape', () => {
    const { dialog, onResume } = menu();
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('offers the data set aside in this browser for download, only when there is some', () => {
    expect(menu().dialog.querySelector('.set-aside')).toBeNull();
    const download = vi.fn();
    const { dialog } = menu({ setAside: { count: 1, download } });
    expect(dialog.querySelector('.set-aside h3')?.textContent).toBe(strings.setAsideTitle);
    expect(dialog.querySelector('.set-aside p')?.textContent).toBe(strings.setAsideText(1));
    dialog.querySelector<HTMLButtonElement>('[data-download-set-aside]')?.click();
    expect(download).toHaveBeenCalledOnce();
  });

  it('opened as a modal, closes itself before resuming or leaving, and says it closed', () => {
    // jsdom has no modal dialogs: stand-ins, removed again after the test.
    const showModal = vi.fn();
    const close = vi.fn();
    const { prototype } = HTMLDialogElement;
    const had = (['showModal', 'close'] as const).map(
      (name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const,
    );
    Object.assign(prototype, { showModal, close });
    onTestFinished(() => {
      for (const [name, descriptor] of had) {
        if (descriptor) Object.defineProperty(prototype, name, descriptor);
        else Reflect.deleteProperty(prototype, name);
      }
    });
    const onResume = vi.fn();
    const onClosed = vi.fn();
    const options = { strings, settings, onChange: vi.fn(), onResume };
    const dialog = openPauseMenu(options, onClosed);
    expect(dialog.isConnected).toBe(true);
    expect(showModal).toHaveBeenCalledOnce();
    dialog.querySelector<HTMLButtonElement>('.actions .primary')?.click();
    expect([close.mock.calls.length, onClosed.mock.calls.length, onResume.mock.calls.length]).toEqual([
      1, 1, 1,
    ]);
    expect(dialog.isConnected).toBe(false);
    const onLeave = vi.fn(() => expect(onClosed).toHaveBeenCalledTimes(2));
    openPauseMenu({ ...options, onLeave }, onClosed)
      .querySelectorAll('button')[1]
      ?.click();
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('downloads a JSON document as a file with the given name', async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (created.push(blob), 'blob:set-aside'),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });
    downloadJson('apartados.json', '{"items":[]}');
    expect(clicked).toEqual(['apartados.json blob:set-aside']);
    expect(created[0]?.type).toBe('application/json');
    expect(await textOf(created[0]!)).toBe('{"items":[]}');
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('is accessible', async () => {
    const { dialog } = menu({ setAside: { count: 3, download: vi.fn() } });
    dialog.setAttribute('open', '');
    expect(await axeViolations(dialog)).toEqual([]);
  });
});
