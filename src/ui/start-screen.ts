import type { Language } from '../core/language.ts';
import type { Strings } from '../i18n/translate.ts';
import { maxCodeLength, maxNameLength } from '../session/case-link.ts';
import { h } from './dom.ts';
import { setAsideSection, type SetAsideOffer } from './pause-menu.ts';
import { textSizeField, toggleField } from './setting-controls.ts';
import type { Settings } from '../session/settings.ts';
import type { Trainee } from '../session/trainee.ts';

/** Why the start could not go on (joining the class), shown on the form; `offer` a way on anyway. */
export interface StartProblem {
  readonly field: 'classCode' | 'form';
  readonly message: string;
  readonly offer?: { readonly label: string; readonly run: () => void };
}

export interface StartScreenOptions {
  readonly strings: Strings;
  /** Language, text size and contrast can be chosen here, before anything else. */
  readonly settings: Settings;
  readonly trainee: Trainee | undefined;
  /** Absent when nothing was set aside in this browser. */
  readonly setAside?: SetAsideOffer;
  readonly onSettings: (settings: Settings) => void;
  /** With a class server: the class code field, filled with this. Absent: no class code is asked. */
  readonly classCode?: string;
  /** May resolve with a problem to show (say, an unknown class code); then the trainee stays here. */
  readonly onSubmit: (trainee: Trainee) => void | Promise<StartProblem | undefined>;
}

/** The class code field (with a class server) and where a problem with joining is said. */
function classFields(t: Strings, value: string | undefined) {
  if (value === undefined) return undefined;
  const input = h('input', {
    id: 'class-code',
    name: 'classCode',
    required: true,
    autocomplete: 'off',
    autocapitalize: 'characters',
    'aria-describedby': 'class-code-hint class-code-error',
    value,
  });
  const error = h('p', { class: 'form-error', id: 'class-code-error', role: 'alert' });
  const field = h(
    'div',
    { class: 'field' },
    h('label', { for: 'class-code' }, t.classroom.classCode),
    input,
    h('p', { class: 'hint', id: 'class-code-hint' }, t.classroom.classCodeHint),
    error,
  );
  return { input, error, field };
}

/** A text field limited to `max` characters, with a counter under it ("12 de 80 caracteres"). */
function limitedField(
  t: Strings,
  id: string,
  label: string,
  max: number,
  attrs: Record<string, string | boolean>,
) {
  const counter = h('p', { class: 'hint counter', id: `${id}-count`, 'data-counter': id });
  const input = h('input', { id, maxlength: max, 'aria-describedby': `${id}-count`, ...attrs });
  const count = () => (counter.textContent = t.charCount(input.value.length, max));
  input.addEventListener('input', count);
  count();
  return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), input, counter) };
}

/** Language, text size and contrast, reachable before anything else. */
function readingControls(t: Strings, options: StartScreenOptions): HTMLElement {
  const { settings, onSettings } = options;
  const langButton = (lang: Language, label: string) =>
    h(
      'button',
      {
        type: 'button',
        lang,
        'aria-pressed': settings.lang === lang ? 'true' : 'false',
        onclick: () => onSettings({ ...settings, lang }),
      },
      label,
    );
  return h(
    'div',
    { class: 'reading-controls' },
    h(
      'div',
      { class: 'lang-switch', role: 'group', 'aria-label': t.languageLabel },
      langButton('es', 'Español'),
      langButton('en', 'English'),
    ),
    h(
      'div',
      { class: 'display-choices', role: 'group', 'aria-label': t.displayLabel },
      textSizeField('start-size', t.textSize, settings.textSize, (textSize) =>
        onSettings({ ...settings, textSize }),
      ),
      toggleField('start-contrast', t.highContrast, settings.highContrast, (highContrast) =>
        onSettings({ ...settings, highContrast }),
      ),
    ),
  );
}

/** First screen: language and reading settings, who the trainee is, and the mode. */
export function startScreen(options: StartScreenOptions): HTMLElement {
  const t = options.strings;
  const nameField = limitedField(t, 'trainee-name', t.traineeName, maxNameLength, {
    name: 'name',
    autocomplete: 'name',
    required: true,
    'aria-describedby': 'trainee-name-count name-error',
    value: options.trainee?.name ?? '',
  });
  const codeField = limitedField(t, 'trainee-code', t.traineeCode, maxCodeLength, {
    name: 'code',
    value: options.trainee?.code ?? '',
  });
  const [name, code] = [nameField.input, codeField.input];
  const error = h('p', { class: 'form-error', id: 'name-error', role: 'alert' });
  nameField.field.append(error);
  const joining = classFields(t, options.classCode);
  const problem = h('div', { class: 'form-error', role: 'alert', 'data-start-problem': true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t.continue);
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
  const form = h(
    'form',
    { class: 'start-form', novalidate: true },
    nameField.field,
    codeField.field,
    joining?.field,
    h(
      'fieldset',
      {},
      h('legend', {}, t.modeLabel),
      radio('practice', t.modePractice, t.modePracticeHint),
      radio('evaluation', t.modeEvaluation, t.modeEvaluationHint),
    ),
    problem,
    submit,
  );
  const say = (found: StartProblem) => {
    const { message, offer } = found;
    if (found.field === 'classCode' && joining) {
      joining.error.textContent = message;
      joining.input.setAttribute('aria-invalid', 'true');
      return joining.input.focus();
    }
    const button =
      offer &&
      h('button', { type: 'button', 'data-continue-offline': true, onclick: offer.run }, offer.label);
    problem.replaceChildren(h('p', {}, message), button ?? '');
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (name.value.trim() === '') {
      error.textContent = t.nameRequired;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const classCode = joining?.input.value.trim();
    if (joining && !classCode) return say({ field: 'classCode', message: t.classroom.classCodeRequired });
    joining?.error.replaceChildren();
    joining?.input.removeAttribute('aria-invalid');
    problem.replaceChildren();
    const chosen = form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
    const outcome = options.onSubmit({
      name: name.value.trim(),
      code: code.value.trim(),
      mode: chosen === 'evaluation' ? 'evaluation' : 'practice',
      ...(classCode ? { classCode } : {}),
    });
    if (!outcome) return;
    submit.disabled = true;
    submit.textContent = t.classroom.joining;
    void outcome
      .then(
        (found) => found && say(found),
        (error: unknown) => say({ field: 'form', message: String(error) }),
      )
      .finally(() => {
        submit.disabled = false;
        submit.textContent = t.continue;
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
      readingControls(t, options),
      form,
      setAsideSection(t, options.setAside, 'h2'),
    ),
  );
}
