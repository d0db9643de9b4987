import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { rangeField, selectField, textSizeField, toggleField } from './setting-controls.ts';
import type { Settings, TextSpeed } from '../session/settings.ts';

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
      selectField(
        'set-lang',
        t.languageLabel,
        settings.lang,
        [
          ['es', 'Español'],
          ['en', 'English'],
        ],
        (lang) => change({ lang }),
      ),
      textSizeField('set-size', t.textSize, settings.textSize, (textSize) => change({ textSize })),
      selectField('set-speed', t.textSpeed, settings.textSpeed, speeds, (textSpeed) => change({ textSpeed })),
      rangeField('set-vol-amb', t.volumeAmbient, settings.volumes.ambient, (v) =>
        change({ volumes: { ...settings.volumes, ambient: v } }),
      ),
      rangeField('set-vol-fx', t.volumeEffects, settings.volumes.effects, (v) =>
        change({ volumes: { ...settings.volumes, effects: v } }),
      ),
      rangeField('set-vol-ui', t.volumeInterface, settings.volumes.interface, (v) =>
        change({ volumes: { ...settings.volumes, interface: v } }),
      ),
      toggleField('set-mute', t.mute, settings.muted, (muted) => change({ muted })),
      toggleField('set-motion', t.reducedMotion, settings.reducedMotion, (reducedMotion) =>
        change({ reducedMotion }),
      ),
      toggleField('set-contrast', t.highContrast, settings.highContrast, (highContrast) =>
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
