/**
 * Reads one sentence of a typed question: is it a tag ("¿verdad?", "¿ya?"), does it end
 * with one, and what form does its core take (invitation, why, blame, wh-question,
 * yes/no, care offer, statement)? The rules weigh these readings.
 */
import type { Language } from '../language.ts';
import type { Lexicon } from './lexicon.ts';
import type { Segment } from './parse-question.ts';
import { findPhrase, isPhrase, longestAt, phraseLength } from './phrases.ts';

export type SegmentForm = 'invitation' | 'tell_me' | 'why' | 'blame' | 'wh' | 'yes_no' | 'care' | 'statement';

export interface SegmentReading {
  readonly segment: Segment;
  /** The whole sentence is a tag: suggestive ("¿no?") or a check ("¿ya?"). */
  readonly tag?: { readonly kind: 'suggestive' | 'check'; readonly phrase: string };
  /** A suggestive tag closes the sentence ("…, ¿no es cierto?"). */
  readonly tailTag?: string;
  /** The sentence without its tag, and where its content starts (after "y", "oye", "a ver"…). */
  readonly core: readonly string[];
  readonly start: number;
  readonly form: SegmentForm;
  /** The words that decided the form. */
  readonly match: string;
  /** Either/or: "… o …". */
  readonly either?: string;
  /** Further question words joined by "y"/"and" or a comma ("¿dónde estabas y quién…?"). */
  readonly joints: readonly string[];
  /** It asks something of its own (a tag does not). */
  readonly unit: boolean;
}

const stripEnds = (words: readonly string[], lex: Lexicon): readonly string[] => {
  let w = words;
  while (w.length > 1 && lex.vocatives.includes(w[w.length - 1] ?? '')) w = w.slice(0, -1);
  while (w.length > 1 && lex.fillers.includes(w[0] ?? '')) w = w.slice(1);
  return w;
};

function wholeTag(words: readonly string[], lex: Lexicon): SegmentReading['tag'] {
  for (const w of [words, stripEnds(words, lex)]) {
    if (isPhrase(w, lex.checkTags)) return { kind: 'check', phrase: w.join(' ') };
    if (isPhrase(w, lex.suggestiveTags) || lex.auxTag?.test(w.join(' ')))
      return { kind: 'suggestive', phrase: w.join(' ') };
  }
  return undefined;
}

interface Tail {
  readonly core: readonly string[];
  readonly asked: boolean;
  readonly tailTag?: string;
}

/** Splits a closing tag off an asked sentence: after its last comma, or a long tag without one. */
function splitTail(segment: Segment, lex: Lexicon): Tail {
  const { words, afterComma, asked } = segment;
  if (!asked) return { core: words, asked };
  const comma = afterComma.lastIndexOf(true);
  if (comma > 0) {
    const tail = stripEnds(words.slice(comma), lex);
    const tag = wholeTag(tail, lex);
    if (tag?.kind === 'check') return { core: words.slice(0, comma), asked: false };
    if (tag) return { core: words.slice(0, comma), asked: false, tailTag: tag.phrase };
  }
  for (const phrase of lex.suggestiveTags) {
    const n = phraseLength(phrase);
    if (n >= 2 && words.length > n && words.slice(-n).join(' ') === phrase)
      return { core: words.slice(0, -n), asked: false, tailTag: phrase };
  }
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  const oneWord = lex.bareTags.includes(last);
  if (oneWord && words.length >= 3 && !lex.notBeforeTag.includes(before))
    return { core: words.slice(0, -1), asked: false, tailTag: last };
  const aux = words.slice(-2).join(' ');
  if (words.length > 3 && aux.includes("n't") && lex.auxTag?.test(aux))
    return { core: words.slice(0, -2), asked: false, tailTag: aux };
  return { core: words, asked };
}

function contentStart(core: readonly string[], lex: Lexicon): number {
  let at = 0;
  for (;;) {
    const skip = longestAt(core, lex.fillers, at) ?? longestAt(core, lex.vocatives, at);
    if (!skip || at + phraseLength(skip) >= core.length) return at;
    at += phraseLength(skip);
  }
}

const isWh = (core: readonly string[], at: number, lex: Lexicon): boolean => lex.wh.includes(core[at] ?? '');

/** A question word at `at`, or a preposition and a question word ("a qué hora", "with whom"). */
function whAt(core: readonly string[], at: number, lex: Lexicon): string | undefined {
  if (isWh(core, at, lex)) return core[at];
  if (lex.whPrepositions.includes(core[at] ?? '') && isWh(core, at + 1, lex))
    return `${core[at]} ${core[at + 1]}`;
  return undefined;
}

const SUBORDINATORS: Record<Language, readonly string[]> = {
  es: ['que', 'como', 'donde', 'cuando'],
  en: ['when', 'where', 'how'],
};

/** After an English auxiliary, a subject makes it a question ("did he", not "don't lie"). */
const SUBJECTS = 'i you he she it we they there this that your his her the'.split(' ');

/** A second question word after "y"/"and" (or a comma), past the first clause. */
function conjoinedWh(
  segment: Segment,
  core: readonly string[],
  start: number,
  lex: Lexicon,
  lang: Language,
): string[] {
  const joints: string[] = [];
  for (let i = start + 1; i < core.length; i++) {
    if (!isWh(core, i, lex)) continue;
    const prep = lex.whPrepositions.includes(core[i - 1] ?? '') ? 1 : 0;
    const joint = i - prep;
    if (joint - 1 >= start && lex.and.includes(core[joint - 1] ?? '')) {
      joints.push(`${core[joint - 1]} ${core[i]}`);
      continue;
    }
    const plainSubordinator = SUBORDINATORS[lang].includes(core[i] ?? '') && !segment.accented[i];
    const askedBefore = core
      .slice(start, joint)
      .some(
        (w, k) =>
          lex.wh.includes(w) ||
          (lex.yesNoStarters.includes(w) && SUBJECTS.includes(core[start + k + 1] ?? '')),
      );
    if (segment.afterComma[joint] && !plainSubordinator && askedBefore) joints.push(`, ${core[i]}`);
  }
  return joints;
}

function whyAnywhere(segment: Segment, core: readonly string[], lex: Lexicon, lang: Language) {
  if (lang === 'en') return findPhrase(core, lex.why)?.phrase;
  for (let i = 0; i < core.length - 1; i++)
    if (core[i] === 'por' && core[i + 1] === 'que' && segment.accented[i + 1]) return 'por que';
  return undefined;
}

function formOf(
  segment: Segment,
  tail: Tail,
  start: number,
  lex: Lexicon,
  lang: Language,
): { form: SegmentForm; match: string } {
  const core = tail.core;
  const at = (list: readonly string[]) => longestAt(core, list, start);
  const why =
    at(lex.why) ?? at(lex.whyStart) ?? (tail.asked ? whyAnywhere(segment, core, lex, lang) : undefined);
  if (why) return { form: 'why', match: why };
  const blameAnywhere = lex.blame.filter((b) => !b.startsWith('como') && !b.startsWith('how'));
  const blame = at(lex.blame) ?? findPhrase(core, blameAnywhere)?.phrase;
  if (blame) return { form: 'blame', match: blame };
  const clauseStart = core.findIndex(
    (_, i) => segment.afterComma[i] && longestAt(core, lex.invitationStart, i),
  );
  const invitation =
    longestAt(core, lex.invitationStart, 0) ??
    (clauseStart > 0 ? longestAt(core, lex.invitationStart, clauseStart) : undefined) ??
    at(lex.invitationStart) ??
    findPhrase(core, lex.invitationAnywhere)?.phrase;
  if (invitation) return { form: 'invitation', match: invitation };
  const tell = findPhrase(core, lex.tellMe);
  if (tell) return { form: 'tell_me', match: tell.phrase };
  if (!tail.asked && at(lex.exclamations)) return { form: 'statement', match: '' };
  const care = at(lex.care);
  if (care) return { form: 'care', match: care };
  const embedded = at(lex.embedding);
  if (embedded) return { form: 'yes_no', match: embedded };
  const wh = whAt(core, start, lex);
  const loose = !tail.asked && !segment.accented[start] && ['como', 'cuando'].includes(wh ?? '');
  if (wh && !loose) return { form: 'wh', match: wh };
  for (let i = start + 1; i < core.length; i++) {
    const later = whAt(core, i, lex);
    const whIndex = later?.includes(' ') ? i + 1 : i;
    const marked = segment.accented[whIndex] || segment.afterComma[i];
    if (later && marked && (tail.asked || segment.afterComma[i])) return { form: 'wh', match: later };
  }
  if (tail.asked) return { form: 'yes_no', match: core[start] ?? '' };
  const aux = at(lex.yesNoStarters);
  if (aux && lang === 'en') return { form: 'yes_no', match: aux };
  return { form: 'statement', match: '' };
}

const ASKING: readonly SegmentForm[] = ['invitation', 'tell_me', 'why', 'blame', 'wh', 'care', 'yes_no'];

export function readSegment(segment: Segment, lex: Lexicon, lang: Language): SegmentReading {
  const tag = segment.asked ? wholeTag(segment.words, lex) : undefined;
  if (tag)
    return {
      segment,
      tag,
      core: [],
      start: 0,
      form: 'statement',
      match: tag.phrase,
      joints: [],
      unit: false,
    };
  const tail = splitTail(segment, lex);
  const start = contentStart(tail.core, lex);
  const { form, match } = formOf(segment, tail, start, lex, lang);
  const either = tail.core.slice(start + 1).find((w) => lex.either.includes(w));
  const joints = form === 'statement' ? [] : conjoinedWh(segment, tail.core, start, lex, lang);
  return {
    segment,
    tailTag: tail.tailTag,
    core: tail.core,
    start,
    form,
    match,
    either: form === 'yes_no' ? either : undefined,
    joints,
    unit: ASKING.includes(form),
  };
}
