import type { Language } from '../core/protocol/localized.ts';
import type { Strings } from '../i18n/translate.ts';
import { maxCodeLength, maxNameLength } from './app-state.ts';
import { h } from './dom.ts';
import { setAsideSection, type SetAsideOffer } from './pause-menu.ts';
import type { Trainee } from './trainee.ts';

/** Why the start could not go on (joining the class), shown on the form; `offer` a way on anyway. */
export interface StartProblem {
  readonly field: 'classCode' | 'form';
  readonly message: string;
  readonly offer?: { readonly label: string; readonly run: () => void };
}

export interface StartScreenOptions {
  readonly strings: Strings;
  readonly lang: Language;
  readonly trainee: Trainee | undefined;
  /** Absent when nothing was set aside in this browser. */
  readonly setAside?: SetAsideOffer;
  readonly onLanguage: (lang: Language) => void;
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

/** First screen: language, who the trainee is, and the mode. */
export function startScreen(options: StartScreenOptions): HTMLElement {
  const t = options.strings;
  const name = h('input', {
    id: 'trainee-name',
    name: 'name',
    autocomplete: 'name',
    required: true,
    maxlength: maxNameLength,
    value: options.trainee?.name ?? '',
  });
  const code = h('input', {
    id: 'trainee-code',
    name: 'code',
    maxlength: maxCodeLength,
    value: options.trainee?.code ?? '',
  });
  const error = h('p', { class: 'form-error', id: 'name-error', role: 'alert' });
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
