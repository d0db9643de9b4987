import { isLanguage, type Language } from '../../core/language.ts';

/** The SCORM versions the simulator reports to. */
export type ScormVersion = '1.2' | '2004';

/** Field lengths a strict LMS enforces (SCORM 1.2 CMIString255 / CMIString4096; SCORM 2004 is wider). */
export const maxFieldLength = 250;
export const maxSuspendLength = 4096;

/** A text cut to `max` characters. */
export const clip = (text: string, max = maxFieldLength): string =>
  text.length <= max ? text : text.slice(0, max);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A duration in the version's format: SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`, SCORM 2004
 * ISO 8601 `PT#H#M#S` (hundredths of a second at most).
 */
export function scormTimespan(ms: number, version: ScormVersion): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const [h, m, s, c] = [
    Math.floor(cs / 360_000),
    Math.floor(cs / 6000) % 60,
    Math.floor(cs / 100) % 60,
    cs % 100,
  ];
  if (version === '1.2') return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(c)}`;
  return `PT${h}H${m}M${s}${c ? `.${pad(c)}` : ''}S`;
}

/** A moment: SCORM 1.2 CMITime (time of day, UTC) `HH:MM:SS`, SCORM 2004 `YYYY-MM-DDThh:mm:ss.ssZ`. */
export function scormTime(epochMs: number, version: ScormVersion): string {
  const iso = new Date(epochMs).toISOString();
  return version === '1.2' ? iso.slice(11, 19) : `${iso.slice(0, 22)}Z`;
}

/** The learner as a trainee: an LMS's "Last, First" becomes "First Last". */
export function traineeName(lmsName: string): string {
  const parts = lmsName.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : lmsName.trim();
}

/** The interface language the LMS prefers for the learner (`es-PE` → `es`), if the simulator has it. */
export function preferredLanguage(lmsValue: string): Language | undefined {
  const lang = lmsValue.trim().slice(0, 2).toLowerCase();
  return isLanguage(lang) ? lang : undefined;
}

/** What `cmi.suspend_data` keeps of a case in progress: enough to replay it to the same step. */
export interface SuspendData {
  readonly sessionId: string;
  readonly storyHash: string;
  readonly language: Language;
  readonly seed: number;
  readonly startedAt: number;
  readonly choices: readonly number[];
  /** When each choice was made (epoch ms); dropped first when the data would not fit. */
  readonly choiceTimes?: readonly number[];
}

/**
 * The suspend data as a short JSON text: choices as one base-36 digit each (`"c"`), or a
 * dotted list when an index is 36 or more (`"cl"`); times as base-36 seconds after the start.
 * Undefined when even without the times it would exceed 4,096 characters.
 */
export function encodeSuspendData(data: SuspendData): string | undefined {
  const small = data.choices.every((c) => c < 36);
  const base = {
    v: 1,
    id: data.sessionId,
    h: data.storyHash,
    l: data.language,
    s: data.seed,
    t: data.startedAt,
    ...(small ? { c: data.choices.map((c) => c.toString(36)).join('') } : { cl: data.choices.join('.') }),
  };
  const times = data.choiceTimes?.map((t) =>
    Math.max(0, Math.round((t - data.startedAt) / 1000)).toString(36),
  );
  const full = JSON.stringify(times ? { ...base, ct: times.join('.') } : base);
  if (full.length <= maxSuspendLength) return full;
  const short = JSON.stringify(base);
  return short.length <= maxSuspendLength ? short : undefined;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** The suspend data read back; undefined for anything this version did not write. */
export function decodeSuspendData(text: string): SuspendData | undefined {
  let raw: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    raw = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { v, id, h, l, s, t, c, cl, ct } = raw;
  if (v !== 1 || typeof id !== 'string' || !id || typeof h !== 'string' || !/^[0-9a-f]{64}$/.test(h))
    return undefined;
  if (typeof l !== 'string' || !isLanguage(l) || !isInt(s) || !isInt(t) || t < 0) return undefined;
  const choices =
    typeof c === 'string' && /^[0-9a-z]*$/.test(c)
      ? [...c].map((d) => parseInt(d, 36))
      : typeof cl === 'string' && /^\d+(\.\d+)*$/.test(cl)
        ? cl.split('.').map(Number)
        : undefined;
  if (!choices) return undefined;
  const offsets = typeof ct === 'string' && ct ? ct.split('.').map((x) => parseInt(x, 36)) : undefined;
  const times =
    offsets && offsets.length === choices.length && offsets.every((o) => isInt(o))
      ? offsets.map((o) => t + o * 1000)
      : undefined;
  const data = { sessionId: id, storyHash: h, language: l, seed: s, startedAt: t, choices };
  return times ? { ...data, choiceTimes: times } : data;
}
