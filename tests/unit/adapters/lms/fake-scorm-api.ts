import type { Scorm12Api, Scorm2004Api } from '../../../../src/adapters/lms/scorm-api.ts';
import type { ScormVersion } from '../../../../src/adapters/lms/scorm-format.ts';

/**
 * An LMS's API object of either version, in memory: what the SCO set, in order, and how
 * many commits; `interactions._count` grows as interaction ids are set.
 */
export class FakeScormApi {
  readonly data = new Map<string, string>();
  readonly calls: string[] = [];
  commits = 0;
  finished = false;

  constructor(
    readonly version: ScormVersion,
    given: Record<string, string> = {},
  ) {
    for (const [k, v] of Object.entries(given)) this.data.set(k, v);
  }

  get count(): number {
    return Number(this.data.get('cmi.interactions._count') ?? '0');
  }

  /** The interactions set, each as its fields (`id`, `type`, `objectives.0.id`, ...). */
  interactions(): Record<string, string>[] {
    return Array.from({ length: this.count }, (_, i) => {
      const prefix = `cmi.interactions.${i}.`;
      return Object.fromEntries(
        [...this.data].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]),
      );
    });
  }

  private get = (element: string) => this.data.get(element) ?? '';
  private set = (element: string, value: string) => {
    this.calls.push(element);
    this.data.set(element, value);
    const id = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (id) this.data.set('cmi.interactions._count', String(Math.max(this.count, Number(id[1]) + 1)));
    return 'true';
  };
  private commit = () => {
    this.commits++;
    this.calls.push('commit');
    return 'true';
  };
  private finish = () => {
    this.finished = true;
    return 'true';
  };

  get api(): Scorm12Api | Scorm2004Api {
    if (this.version === '1.2') {
      return {
        LMSInitialize: () => 'true',
        LMSFinish: this.finish,
        LMSGetValue: this.get,
        LMSSetValue: this.set,
        LMSCommit: this.commit,
        LMSGetLastError: () => '0',
      };
    }
    return {
      Initialize: () => 'true',
      Terminate: this.finish,
      GetValue: this.get,
      SetValue: this.set,
      Commit: this.commit,
      GetLastError: () => '0',
    };
  }
}
