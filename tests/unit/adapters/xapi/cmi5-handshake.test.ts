import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmi5Handshake } from '../../../../src/adapters/xapi/cmi5-handshake.ts';
import { stubLrs } from '../../../support/stub-lrs.ts';

/** A sessionStorage of one tab. */
class TabStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

const registration = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const launchData = {
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.pe/course/1' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'lms-session-7' },
  },
  launchMode: 'Normal',
  masteryScore: 0.8,
  moveOn: 'CompletedAndPassed',
};
let lrs: Awaited<ReturnType<typeof stubLrs>>;
beforeAll(async () => {
  lrs = await stubLrs(launchData);
});
afterAll(() => lrs.close());

describe('the cmi5 handshake through @xapi/cmi5, against a stub LMS/LRS on 127.0.0.1', () => {
  it('fetches the token once, reads the launch data, sends initialized; a reload of the tab reuses them', async () => {
    const source = {
      kind: 'cmi5' as const,
      endpoint: `${lrs.url}/xapi/`,
      fetch: `${lrs.url}/fetch/abc`,
      registration,
      activityId: 'https://lms.pe/au/theft_16',
      actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.pe', name: 'u-17' } }),
    };
    const tab = new TabStorage() as unknown as Storage;
    const first = await cmi5Handshake(source, tab);
    expect(first).toEqual({
      lrs: { endpoint: `${lrs.url}/xapi/`, auth: 'Basic dG9rZW4tMQ==' },
      contextTemplate: launchData.contextTemplate,
      masteryScore: 0.8,
      launchMode: 'Normal',
    });
    expect(lrs.stored.map((s) => s.verb)).toEqual(['initialized']);
    const initialized = lrs.requests.find((r) => r.method === 'POST' && r.url.startsWith('/xapi/statements'));
    expect(initialized?.auth).toBe('Basic dG9rZW4tMQ==');
    expect(initialized?.body).toMatchObject({ context: { registration }, object: { id: source.activityId } });

    // Reload: the fetch URL would refuse a second use; the tab's token and launch data carry on, no second initialized.
    const again = await cmi5Handshake(source, tab);
    expect(again.lrs).toEqual(first.lrs);
    expect(lrs.requests.filter((r) => r.url.startsWith('/fetch/'))).toHaveLength(1);
    expect(lrs.stored).toHaveLength(1);
    // Reload without the network: the same session goes on from what the tab kept.
    lrs.setDown(true);
    expect((await cmi5Handshake(source, tab)).contextTemplate).toEqual(launchData.contextTemplate);
    lrs.setDown(false);
    // Another tab (nothing kept) cannot use the spent fetch URL: the launch fails, and the app plays without an LRS.
    await expect(cmi5Handshake(source, new TabStorage() as unknown as Storage)).rejects.toThrow();
  });
});
