/**
 * Several questions in one: two or more sentences that each ask something (a restated
 * invitation does not count, nor does a tag), or a second question word joined with
 * "y"/"and" or a comma ("¿dónde estabas y quién más estaba?").
 */
import { evidence, type Rule } from './reading.ts';

export const multipleRule: Rule = ({ units }) => {
  const joined = units.find((u) => u.conjoined !== undefined)?.conjoined;
  const count = units.length + (joined ? 1 : 0);
  if (units.length >= 2 && !units.every((u) => u.form === 'invitation'))
    return [
      evidence(
        'multiple',
        4,
        'several-questions',
        `hace ${count} preguntas a la vez`,
        `asks ${count} questions at once`,
      ),
    ];
  if (joined)
    return [
      evidence(
        'multiple',
        4,
        'joined-questions',
        `junta dos preguntas en una («${joined}»)`,
        `joins two questions in one ("${joined}")`,
        joined,
      ),
    ];
  return [];
};
