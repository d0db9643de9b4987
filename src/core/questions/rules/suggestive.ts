/**
 * Suggestive: a tag that signals the expected answer ("¿verdad?", "…, ¿no?", "didn't
 * he?"), a leading opening ("¿no será que…?", "seguro que…"), pressure ("ya sabemos",
 * "dime la verdad"), or naming something the child has not said (the decision's
 * `undisclosed` words, unless the child has since said them).
 */
import { findMention } from '../mentions.ts';
import { findPhrase, longestAt } from '../phrases.ts';
import { evidence, type Rule } from './reading.ts';

const tagRule: Rule = ({ segments }) => {
  const tag =
    segments.find((s) => s.tag?.kind === 'suggestive')?.tag?.phrase ??
    segments.find((s) => s.tailTag)?.tailTag;
  if (!tag) return [];
  return [
    evidence(
      'suggestive',
      3,
      'tag',
      `termina con «¿${tag}?»: indica la respuesta que se espera`,
      `ends with "${tag}?": signals the expected answer`,
      tag,
    ),
  ];
};

const leadingRule: Rule = ({ segments, lex }) => {
  for (const s of segments) {
    const lead = longestAt(s.core, lex.leading, s.start);
    if (lead)
      return [
        evidence(
          'suggestive',
          3,
          'leading',
          `empieza con «${lead}»: empuja hacia una respuesta`,
          `opens with "${lead}": pushes toward an answer`,
          lead,
        ),
      ];
  }
  return [];
};

const pressureRule: Rule = ({ question, lex }) => {
  const found = findPhrase(question.words, lex.pressure);
  if (!found) return [];
  return [
    evidence(
      'suggestive',
      3,
      'pressure',
      `presiona («${found.phrase}»): lo que otros dijeron o exigir la verdad`,
      `pressure ("${found.phrase}"): what others said, or demanding the truth`,
      found.phrase,
    ),
  ];
};

const undisclosedRule: Rule = ({ question, context }) => {
  const said = context.disclosed ?? [];
  const unsaid = (context.undisclosed ?? []).filter(
    (term) => !findMention([term], said.join(' ').split(/\s+/), question.lang),
  );
  const mention = findMention(unsaid, question.words, question.lang);
  if (!mention) return [];
  return [
    evidence(
      'suggestive',
      3,
      'undisclosed',
      `sugiere «${mention.term}», que la niña o el niño aún no dijo`,
      `suggests "${mention.term}", which the child has not said`,
      mention.word,
    ),
  ];
};

export const suggestiveRules: readonly Rule[] = [tagRule, leadingRule, pressureRule, undisclosedRule];
