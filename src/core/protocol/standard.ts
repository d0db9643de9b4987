import type { Competency } from './competencies.ts';
import type { Localized } from './localized.ts';
import type { Severity } from './severity.ts';
import type { StandardId } from './standard-ids.ts';

/** Evidence labels of STANDARDS.md: how firmly the basis of a standard is sourced. */
export type EvidenceLabel = 'L-P' | 'L-S' | 'G' | 'INT' | 'INF';

/**
 * One cited source (an S-key). Every source is primary: the official gazette, the
 * state's legal database, the publishing institution, or a named institutional guide.
 * Where no stable deep link could be confirmed, the url is the publisher's landing
 * page and `note` says exactly which norm, article and publication to look for.
 */
export interface Source {
  readonly key: string;
  readonly title: Localized;
  /** Which norm, article and publication date to look for at the url. */
  readonly note?: Localized;
  readonly urls: readonly string[];
}

/** A protocol standard as typed, cited data, so the debrief can show and cite it. */
export interface Standard {
  readonly id: StandardId;
  readonly competency: Competency;
  /** The base severity of a violation: the first one STANDARDS.md lists. */
  readonly severity: Severity;
  /** When a violation becomes worse than the base severity, in words. */
  readonly escalation?: Localized;
  readonly title: Localized;
  /** What the officer is expected to do (the "Do" line), as feedback to a trainee. */
  readonly feedback: Localized;
  /** Why it matters. */
  readonly why: Localized;
  /** The legal or guideline basis, with source keys and evidence labels. */
  readonly basis: Localized;
  readonly sources: readonly string[];
  readonly evidence: readonly EvidenceLabel[];
}

/** A standard's texts as the catalogue files hold them; competency and severity are in standard-facts.ts. */
export type StandardText = Omit<Standard, 'competency' | 'severity'>;
