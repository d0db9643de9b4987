import type { Language } from '../core/language.ts';
import { isRecommendedType } from '../core/questions/question-type.ts';
import { typedStrings } from '../i18n/typed-strings.ts';
import { h } from './dom.ts';
import type { TypedAsk } from './typed-question-box.ts';

/**
 * Practice mode: what the coach says about a typed question before the verdicts: which type it was,
 * whether that kind is recommended, and why the classifier read it so (its reasons, in the reader's language).
 * `data-question-type` carries the type for outside checks.
 */
export function typedQuestionComment(ask: TypedAsk, lang: Language): HTMLElement {
  const t = typedStrings(lang);
  const { reading } = ask;
  const recommended = isRecommendedType(reading.type);
  return h(
    'div',
    {
      class: `coach-question ${recommended ? 'recommended' : 'not-recommended'}`,
      'data-question-type': reading.type,
    },
    h(
      'p',
      {},
      h('strong', {}, t.coachType(t.typeName[reading.type])),
      ' ',
      recommended ? t.recommended : t.notRecommended,
    ),
    ask.picked ? h('p', { class: 'coach-picked' }, t.picked) : null,
    reading.reasons.length > 0
      ? h('ul', { class: 'coach-reasons' }, ...reading.reasons.map((r) => h('li', {}, r[lang])))
      : null,
  );
}
