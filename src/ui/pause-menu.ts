import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';
import type { Settings, TextSpeed } from './settings.ts';

/** What was set aside in this browser, offered for download (for the instructor). */
export interface SetAsideOffer {
  readonly count: number;
  readonly download: () => void;
}

export interface PauseMenuOptions {
  readonly strings: Strings;
  readonly settings: Settings;
  /** Absent when nothing was set aside. */
  readonly setAside?: SetAsideOffer;
  readonly onChange: (settings: Settings) => void;
  readonly onResume: () => void;
  /** Absent on the start screens, where there is no case to leave. */
  readonly onLeave?: () => void;
}

const sizes = [100, 125, 150, 175, 200];

function select<T extends string | number>(
  id: string,
  label: string,
  value: T,
  choices: readonly [T, string][],
  onInput: (v: T) => void,
): HTMLElement {
  const el = h(
    'select',
    { id, onchange: (e: Event) => onInput(choices[(e.target as HTMLSelectElement).selectedIndex]![0]) },
    ...choices.map(([v, text]) => h('option', { value: String(v), selected: v === value }, text)),
  );
  return h('div', { class: 'field' }, h('label', { for: id }, label), el);
}

function range(id: string, label: string, value: number, onInput: (v: number) => void): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      id,
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(value * 100),
      oninput: (e: Event) => onInput(Number((e.target as HTMLInputElement).value) / 100),
    }),
  );
}

function toggle(id: string, label: string, checked: boolean, onInput: (v: boolean) => void): HTMLElement {
  return h(
    'div',
    { class: 'field check' },
    h('input', {
      id,
      type: 'checkbox',
      checked,
      onchange: (e: Event) => onInput((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, label),
  );
}

/** Says that data was set aside and offers it as a file; nothing when nothing was set aside. */
export function setAsideSection(
  t: Strings,
  offer: SetAsideOffer | undefined,
  heading: 'h2' | 'h3',
): HTMLElement | null {
  if (!offer) return null;
  return h(
    'section',
    { class: 'set-aside', 'aria-labelledby': `set-aside-title-${heading}` },
    h(heading, { id: `set-aside-title-${heading}` }, t.setAsideTitle),
    h('p', {}, t.setAsideText(offer.count)),
    h(
      'button',
      { type: 'button', 'data-download-set-aside': true, onclick: () => offer.download() },
      t.downloadSetAside,
    ),
  );
}

/** Hands the browser a JSON document to save as a file. */
export function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The pause dialog: resume or leave (progress is saved), the support note, what was set aside, and every setting. */
export function pauseMenu(options: PauseMenuOptions): HTMLDialogElement {
  const { strings: t } = options;
  let settings = options.settings;
  const change = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    options.onChange(settings);
  };
  const speeds: [TextSpeed, string][] = [
    ['instant', t.speedInstant],
    ['fast', t.speedFast],
    ['normal', t.speedNormal],
  ];
  const dialog = h(
    'dialog',
    { class: 'pause-menu', 'aria-labelledby': 'pause-title' },
    h('h2', { id: 'pause-title' }, options.onLeave ? t.pauseTitle : t.settingsTitle),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => options.onResume() },
        options.onLeave ? t.resume : t.continue,
      ),
      options.onLeave
        ? h('button', { type: 'button', onclick: () => options.onLeave?.() }, t.leaveCase)
        : null,
    ),
    h('section', { class: 'support' }, h('h3', {}, t.supportTitle), h('p', {}, t.supportText)),
    setAsideSection(t, options.setAside, 'h3'),
    h(
      'section',
      { class: 'settings' },
      h('h3', {}, t.settingsTitle),
      select(
        'set-lang',
        t.languageLabel,
        settings.lang,
        [
          ['es', 'Español'],
          ['en', 'English'],
        ],
        (lang) => change({ lang }),
      ),
      select(
        'set-size',
        t.textSize,
        settings.textSize,
        sizes.map((s) => [s, `${s} %`] as [number, string]),
        (textSize) => change({ textSize }),
      ),
      select('set-speed', t.textSpeed, settings.textSpeed, speeds, (textSpeed) => change({ textSpeed })),
      range('set-vol-amb', t.volumeAmbient, settings.volumes.ambient, (v) =>
        change({ volumes: { ...settings.volumes, ambient: v } }),
      ),
      range('set-vol-fx', t.volumeEffects, settings.volumes.effects, (v) =>
        change({ volumes: { ...settings.volumes, effects: v } }),
      ),
      range('set-vol-ui', t.volumeInterface, settings.volumes.interface, (v) =>
        change({ volumes: { ...settings.volumes, interface: v } }),
      ),
      toggle('set-mute', t.mute, settings.muted, (muted) => change({ muted })),
      toggle('set-motion', t.reducedMotion, settings.reducedMotion, (reducedMotion) =>
        change({ reducedMotion }),
      ),
      toggle('set-contrast', t.highContrast, settings.highContrast, (highContrast) =>
        change({ highContrast }),
      ),
    ),
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    options.onResume();
  });
  return dialog;
}

/** Shows the pause dialog as a modal; it closes itself before resuming or leaving, then says so with `onClosed`. */
export function openPauseMenu(options: PauseMenuOptions, onClosed: () => void): HTMLDialogElement {
  const close = () => {
    dialog.close();
    dialog.remove();
    onClosed();
  };
  const { onResume, onLeave } = options;
  const dialog = pauseMenu({
    ...options,
    onResume: () => {
      close();
      onResume();
    },
    onLeave: onLeave && (() => (close(), onLeave())),
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
