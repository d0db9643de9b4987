/**
 * Several questions in one: two or more sentences that each ask something (a restated
 * invitation does not count, nor does a tag), or a second question word joined with
 * "y"/"and" or a comma ("¿dónde estabas y quién más estaba?"). An invitation with one more
 * question, or a comma, weigh less: close calls, where the trainee may be asked which was meant.
 */
import { evidence, type Rule } from './reading.ts';

export const multipleRule: Rule = ({ units }) => {
  const joints = units.flatMap((u) => u.joints);
  const count = units.length + joints.length;
  if (count < 2 || (joints.length === 0 && units.every((u) => u.form === 'invitation'))) return [];
  // two questions where one is an invitation, or only a comma between them: a close call
  const close =
    count === 2 && (units.some((u) => u.form === 'invitation') || joints.some((j) => j.startsWith(',')));
  const weight = close ? (joints.some((j) => j.startsWith(',')) ? 2.5 : 3) : 4;
  if (joints.length === 0)
    return [
      evidence(
        'multiple',
        weight,
        'several-questions',
        `hace ${count} preguntas a la vez`,
        `asks ${count} questions at once`,
      ),
    ];
  const joined = joints.join(' … ');
  return [
    evidence(
      'multiple',
      weight,
      'joined-questions',
      `junta ${count} preguntas en una («${joined}»)`,
      `joins ${count} questions in one ("${joined}")`,
      joints[0],
    ),
  ];
};
