import type { Clock } from '../core/clock.ts';
import type { Strings } from '../i18n/translate.ts';
import type { ClassApi } from '../session/class-api.ts';
import { ClassLinks } from '../session/class-link.ts';
import { endSession, forgetTrainee, undeliveredJson, type EndSessionDeps } from '../session/end-session.ts';
import { Outbox, type OutboxDeps } from '../session/outbox.ts';
import type { ClassLink, OutboxItem, OutboxStore } from '../session/outbox-store.ts';
import type { Preferences } from '../session/preferences.ts';
import type { RecordStore } from '../session/record-store.ts';
import type { SessionSync } from '../session/session-sync.ts';
import { ClassStatusBar } from './class-status.ts';
import { exitView } from './classroom-views.ts';
import { downloadJson } from './pause-menu.ts';
import type { StartProblem } from './start-screen.ts';
import { forgetTrainee as forgetRemembered, type Trainee } from '../session/trainee.ts';

export interface ClassroomDeps {
  readonly api: ClassApi;
  readonly outboxStore: OutboxStore;
  readonly records: RecordStore;
  readonly clock: Clock;
  readonly preferences: Preferences;
  readonly strings: Strings;
  readonly outbox?: Partial<Pick<OutboxDeps, 'timers' | 'exclusive' | 'backoff'>>;
  /** How long "Salir" waits for the outbox to drain before saying what is left. */
  readonly exitWaitMs?: number;
}

/**
 * The simulator with a class server: joining, the outbox the sessions write to, the
 * status line, and "Salir". Only built when the page names a class server.
 */
export class Classroom {
  readonly bar: ClassStatusBar;
  readonly outbox: Outbox;
  readonly links: ClassLinks;
  private exitHandler: () => void = () => undefined;

  constructor(private readonly deps: ClassroomDeps) {
    const { api, outboxStore: store, clock } = deps;
    const onSent: OutboxDeps['onSent'] = (item) => this.links.noteSent(item);
    this.outbox = new Outbox({ store, api, clock, onSent, ...deps.outbox });
    this.links = new ClassLinks({ api, store, outbox: this.outbox });
    this.bar = new ClassStatusBar(deps.strings, () => this.exitHandler());
    this.outbox.onStatus((status) => this.bar.update(status));
  }

  /** What sessions hand what they save to. */
  get sync(): SessionSync {
    return this.links;
  }

  /** Starts sending what earlier visits left, and again whenever the browser is back online. */
  start(target: Pick<Window, 'addEventListener'>): void {
    target.addEventListener('online', () => void this.outbox.retryNow());
    void this.outbox.drain();
  }

  /** What "Salir" does (the app leaves the screen it is on, then shows the exit view). */
  onExit(handler: () => void): void {
    this.exitHandler = handler;
  }

  /** Shows the status line (only once a trainee is in a class) in the language of `strings`. */
  render(strings: Strings): void {
    this.bar.show(strings, this.links.current !== undefined);
  }

  /** The remembered trainee, back in their class; one without a class code has to join first (undefined). */
  async resume(trainee: Trainee | undefined): Promise<Trainee | undefined> {
    if (!trainee?.classCode) return undefined;
    await this.links.continueWithout({ ...trainee, classCode: trainee.classCode });
    return trainee;
  }

  /**
   * The cases the instructor assigned to this trainee's class, shown first on the home. When
   * the server does not answer within `waitMs`, the list it gave last time (or none).
   */
  async assignedCases(waitMs = 2_500): Promise<readonly string[]> {
    const link = this.links.current;
    if (!link?.token) return [];
    const key = `primer-contacto:assigned:${link.classCode}`;
    const late = new Promise<undefined>((done) => setTimeout(done, waitMs));
    const reply = await Promise.race([this.deps.api.getAssignments(link.token), late]);
    const ids = (list: unknown) =>
      Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
    if (!reply?.ok) return ids(this.deps.preferences.read(key));
    this.deps.preferences.write(key, ids(reply.body.assignedCases));
    return ids(reply.body.assignedCases);
  }

  /** Joins the class of the start screen: goes on with `proceed`, or says why not (and may offer to continue offline). */
  async admit(trainee: Trainee, strings: Strings, proceed: () => void): Promise<StartProblem | undefined> {
    const t = strings.classroom;
    const who = { ...trainee, classCode: trainee.classCode ?? '' };
    const joined = await this.links.join(who);
    if (joined.status === 'joined') return void proceed();
    if (joined.status === 'unknown_class') return { field: 'classCode', message: t.unknownClass };
    if (joined.status === 'refused') return { field: 'form', message: t.refused(joined.reason) };
    const run = () => void this.links.continueWithout(who).then(proceed);
    return { field: 'form', message: t.unreachable, offer: { label: t.continueOffline, run } };
  }

  /** The "Salir" screen; `onDone` once nothing of the trainee is left in this browser. */
  exitView(strings: Strings, onDone: () => void, onStay: () => void): HTMLElement {
    const ends: EndSessionDeps = { ...this.deps, outbox: this.outbox };
    let left: readonly OutboxItem[] = [];
    let link: ClassLink | undefined;
    const finish = async (forget: (link: ClassLink) => Promise<void>) => {
      if (link) await forget(link);
      forgetRemembered(this.deps.preferences);
      this.links.clear();
      this.render(strings);
    };
    return exitView({
      strings,
      end: async () => {
        const current = this.links.current;
        link = current && ((await this.deps.outboxStore.getLink(current.owner)) ?? current);
        const outcome = link ? await endSession(ends, link, this.deps.exitWaitMs ?? 8_000) : undefined;
        left = outcome?.status === 'undelivered' ? outcome.items : [];
        if (left.length === 0) await finish(() => Promise.resolve());
        return left.length;
      },
      download: () => {
        if (!link) return;
        const day = new Date(this.deps.clock.now()).toISOString().slice(0, 10);
        downloadJson(
          `primer-contacto-pendiente-${day}.json`,
          undeliveredJson(link, left, this.deps.clock.now()),
        );
      },
      forget: () => finish((gone) => forgetTrainee(ends, gone)),
      onDone,
      onStay,
    });
  }
}
