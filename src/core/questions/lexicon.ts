/**
 * What a language gives the rules: word sets and phrases, all folded (lowercase, no
 * accents). Phrases are words separated by single spaces.
 */
export interface Lexicon {
  /** Short forms typed in a hurry, read as the word they stand for ("q" → que, "wat" → what). */
  readonly abbreviations: Readonly<Record<string, string>>;
  /** One-word tags that close a question even without a comma ("¿fue tu primo no?"). */
  readonly bareTags: readonly string[];
  /** Exclamations that open a statement, not a question ("¡qué bueno que viniste!"). */
  readonly exclamations: readonly string[];
  /** Words before a closing one-word tag that make it part of the question ("¿… o no?", "¿es verdad?"). */
  readonly notBeforeTag: readonly string[];
  /** Skipped at the start of a sentence ("y", "oye", "a ver", "and", "so"). */
  readonly fillers: readonly string[];
  /** Terms of endearment and address, skipped anywhere ("mamita", "papito", "sweetie"). */
  readonly vocatives: readonly string[];
  /** Question words that ask for a detail. */
  readonly wh: readonly string[];
  /** Prepositions that may come before a question word ("a qué hora", "with whom"). */
  readonly whPrepositions: readonly string[];
  /** Yes/no frames that embed a question word ("¿te acuerdas cómo…?", "do you know where…"). */
  readonly embedding: readonly string[];
  /** Words that open a yes/no question (English auxiliaries; Spanish has none). */
  readonly yesNoStarters: readonly string[];
  readonly either: readonly string[];
  readonly and: readonly string[];
  /** Open invitations recognised at the start of a sentence ("¿qué pasó?", "what happened"). */
  readonly invitationStart: readonly string[];
  /** Open invitations recognised anywhere ("cuéntame", "tell me more"). */
  readonly invitationAnywhere: readonly string[];
  /** "Dime" / "tell me": followed by a question word, it asks for a detail. */
  readonly tellMe: readonly string[];
  /** Why at the start, or anywhere in a question. */
  readonly why: readonly string[];
  /** Why only at the start of a sentence ("¿para qué…?"). */
  readonly whyStart: readonly string[];
  /** Blame in other words ("¿cómo no te diste cuenta?", "how could you"). */
  readonly blame: readonly string[];
  /** Tags that signal the expected answer ("¿verdad?", "¿no?", "right?"). */
  readonly suggestiveTags: readonly string[];
  /** English tags made of an auxiliary and a pronoun ("didn't he?"). */
  readonly auxTag?: RegExp;
  /** Tags that only check understanding ("¿ya?", "okay?"): not suggestive. */
  readonly checkTags: readonly string[];
  /** Leading forms that push an answer ("¿no será que…?", "seguro que…", "I bet"). */
  readonly leading: readonly string[];
  /** Pressure: what others said, demands for the truth ("ya sabemos", "tell the truth"). */
  readonly pressure: readonly string[];
  /** Support and rapport ("estás a salvo", "gracias por contarme", "you did nothing wrong"). */
  readonly support: readonly string[];
  /** Care offers asked as questions ("¿quieres agua?", "are you hungry?"). */
  readonly care: readonly string[];
}
