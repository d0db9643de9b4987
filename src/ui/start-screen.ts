import type { Language } from '../core/protocol/localized.ts';
import type { Strings } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { setAsideSection, type SetAsideOffer } from './pause-menu.ts';
import type { Trainee } from './trainee.ts';

export interface StartScreenOptions {
  readonly strings: Strings;
  readonly lang: Language;
  readonly trainee: Trainee | undefined;
  /** Absent when nothing was set aside in this browser. */
  readonly setAside?: SetAsideOffer;
  readonly onLanguage: (lang: Language) => void;
  readonly onSubmit: (trainee: Trainee) => void;
}

/** First screen: language, who the trainee is, and the mode. */
export function startScreen(options: StartScreenOptions): HTMLElement {
  const t = options.strings;
  const name = h('input', {
    id: 'trainee-name',
    name: 'name',
    autocomplete: 'name',
    required: true,
    value: options.trainee?.name ?? '',
  });
  const code = h('input', { id: 'trainee-code', name: 'code', value: options.trainee?.code ?? '' });
  const error = h('p', { class: 'form-error', id: 'name-error', role: 'alert' });
  const mode = options.trainee?.mode ?? 'practice';
  const radio = (value: string, label: string, hint: string) =>
    h(
      'div',
      { class: 'mode-choice' },
      h('input', {
        type: 'radio',
        id: `mode-${value}`,
        name: 'mode',
        value,
        checked: mode === value,
        'aria-describedby': `mode-${value}-hint`,
      }),
      h('label', { for: `mode-${value}` }, h('strong', {}, label)),
      h('p', { id: `mode-${value}-hint`, class: 'hint' }, hint),
    );
  const langButton = (lang: Language, label: string) =>
    h(
      'button',
      {
        type: 'button',
        lang,
        'aria-pressed': options.lang === lang ? 'true' : 'false',
        onclick: () => options.onLanguage(lang),
      },
      label,
    );
  const form = h(
    'form',
    { class: 'start-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'trainee-name' }, t.traineeName), name, error),
    h('div', { class: 'field' }, h('label', { for: 'trainee-code' }, t.traineeCode), code),
    h(
      'fieldset',
      {},
      h('legend', {}, t.modeLabel),
      radio('practice', t.modePractice, t.modePracticeHint),
      radio('evaluation', t.modeEvaluation, t.modeEvaluationHint),
    ),
    h('button', { type: 'submit', class: 'primary' }, t.continue),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (name.value.trim() === '') {
      error.textContent = t.nameRequired;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const chosen = form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
    options.onSubmit({
      name: name.value.trim(),
      code: code.value.trim(),
      mode: chosen === 'evaluation' ? 'evaluation' : 'practice',
    });
  });
  return h(
    'main',
    { class: 'start-screen', 'aria-labelledby': 'app-title' },
    h('div', { class: 'title-art', 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'start-panel' },
      h('h1', { id: 'app-title', tabindex: -1 }, t.appTitle),
      h('p', { class: 'tagline' }, t.appTagline),
      h(
        'div',
        { class: 'lang-switch', role: 'group', 'aria-label': t.languageLabel },
        langButton('es', 'Español'),
        langButton('en', 'English'),
      ),
      form,
      setAsideSection(t, options.setAside, 'h2'),
    ),
  );
}
