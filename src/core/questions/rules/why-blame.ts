/**
 * Why and blame: "¿por qué no dijiste…?", "¿para qué saliste…?", "¿cómo no te diste
 * cuenta?", "why didn't you…", "how could you…". A child hears them as reproach.
 */
import { evidence, type Rule } from './reading.ts';

export const whyBlameRule: Rule = ({ segments }) => {
  const why = segments.find((s) => s.form === 'why');
  if (why)
    return [
      evidence(
        'why_blame',
        3.5,
        'why',
        `«${why.match}» sobre lo que hizo suena a reproche`,
        `"${why.match}" about what the child did sounds like blame`,
        why.match,
      ),
    ];
  const blame = segments.find((s) => s.form === 'blame');
  if (blame)
    return [
      evidence(
        'why_blame',
        3.5,
        'blame',
        `reprocha lo que hizo («${blame.match}»)`,
        `reproaches what the child did ("${blame.match}")`,
        blame.match,
      ),
    ];
  return [];
};
