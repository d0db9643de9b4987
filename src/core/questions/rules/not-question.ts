/**
 * Not a question: rapport, support, explaining what comes next ("estás a salvo",
 * "gracias por contarme", "you did nothing wrong"), or a care offer asked as a
 * question ("¿quieres agua?").
 */
import { findPhrase } from '../phrases.ts';
import { evidence, type Evidence, type Rule } from './reading.ts';

export const notQuestionRule: Rule = ({ segments, units, lex, question }) => {
  const care = units.find((u) => u.form === 'care');
  if (care && units.length === 1)
    return [
      evidence(
        'not_question',
        2.5,
        'care',
        `ofrece cuidado («${care.match}»), no pregunta por lo que pasó`,
        `offers care ("${care.match}"), does not ask about what happened`,
        care.match,
      ),
    ];
  if (units.length > 0) return [];
  const found: Evidence[] = [
    evidence(
      'not_question',
      1.5,
      'no-question',
      segments.some((s) => s.tag?.kind === 'check')
        ? 'no pregunta: solo confirma que entendió'
        : 'no hace ninguna pregunta',
      segments.some((s) => s.tag?.kind === 'check')
        ? 'asks nothing: only checks understanding'
        : 'asks nothing',
    ),
  ];
  const support = findPhrase(question.words, lex.support);
  if (support)
    found.push(
      evidence(
        'not_question',
        1,
        'support',
        `apoya o acoge («${support.phrase}»)`,
        `support or rapport ("${support.phrase}")`,
        support.phrase,
      ),
    );
  return found;
};
