import { describe, expect, it } from 'vitest';
import {
  absoluteEndpoint,
  parseActor,
  parseLrsConfig,
  traineeOf,
} from '../../../../src/adapters/xapi/lrs-config.ts';
import { lrsSource } from '../../../../src/adapters/xapi/lrs-launch.ts';
import { classAuth, classSender } from '../../../../src/adapters/xapi/xapi-sender.ts';

const page = (meta?: string) => {
  document.head.innerHTML = meta === undefined ? '' : `<meta name="pc-lrs" content="${meta}">`;
  return document;
};
const actor = JSON.stringify({
  objectType: 'Agent',
  name: 'Rosa Quispe',
  account: { homePage: 'https://lms.pe', name: 'u-17' },
});

describe('finding an LRS without the network', () => {
  it('reads the five cmi5 launch parameters', () => {
    const search = new URLSearchParams({
      case: 'theft_16',
      endpoint: 'https://lms.pe/lrs/',
      fetch: 'https://lms.pe/fetch/abc',
      registration: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      activityId: 'https://lms.pe/au/theft_16',
      actor,
    });
    expect(lrsSource(`?${search.toString()}`, page())).toEqual({
      kind: 'cmi5',
      endpoint: 'https://lms.pe/lrs/',
      fetch: 'https://lms.pe/fetch/abc',
      registration: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      activityId: 'https://lms.pe/au/theft_16',
      actor,
    });
  });

  it('reads an xAPI launch link (endpoint, auth, actor, registration, activity_id)', () => {
    const search = new URLSearchParams({
      endpoint: 'https://lrs.pe/xapi/',
      auth: 'Basic eDp5',
      actor,
      activity_id: 'https://a.pe/x',
    });
    expect(lrsSource(`?${search.toString()}`, page())).toEqual({
      kind: 'xapi-launch',
      endpoint: 'https://lrs.pe/xapi/',
      auth: 'Basic eDp5',
      actor,
      activityId: 'https://a.pe/x',
    });
  });

  it("reads the build's config tag (a path of this origin only); without any of them, finds none", () => {
    expect(lrsSource('?case=theft_16', page('lrs.json'))).toEqual({ kind: 'config', url: 'lrs.json' });
    expect(lrsSource('', page('https://elsewhere.pe/lrs.json'))).toBeUndefined();
    expect(lrsSource('', page('//elsewhere.pe/lrs.json'))).toBeUndefined();
    expect(lrsSource('?case=theft_16&endpoint=https://lrs.pe/', page())).toBeUndefined();
    expect(lrsSource('', page())).toBeUndefined();
  });

  it('checks the config file and the actor', () => {
    expect(parseLrsConfig({ endpoint: '/xapi/', auth: 'Bearer t' })).toEqual({
      ok: true,
      config: { endpoint: '/xapi/', auth: 'Bearer t' },
    });
    expect(parseLrsConfig({ endpoint: 'ftp://x' })).toMatchObject({ ok: false });
    expect(parseLrsConfig({ endpoint: '//x.pe/xapi' })).toMatchObject({ ok: false });
    expect(parseLrsConfig(null)).toMatchObject({ ok: false });
    expect(absoluteEndpoint('/xapi', 'http://aula.local:8080/index.html?case=x')).toBe(
      'http://aula.local:8080/xapi/',
    );
    const agent = parseActor(actor)!;
    expect(traineeOf(agent)).toEqual({ name: 'Rosa Quispe', code: 'u-17' });
    expect(parseActor('{"name":"no id"}')).toBeUndefined();
    expect(parseActor('not json')).toBeUndefined();
  });
});

describe('the class server as the LRS', () => {
  it('is the source only on a page the class server served and marked', () => {
    document.head.innerHTML =
      '<meta name="pc-class-server" content="/api"><meta name="pc-lrs" content="class">';
    expect(lrsSource('', document)).toEqual({ kind: 'class' });
    document.head.innerHTML = '<meta name="pc-lrs" content="class">';
    expect(lrsSource('', document)).toBeUndefined();
  });

  it('sends with the class token of whoever queued the statement; waits for a join; keeps one with no class link', async () => {
    const seen: (string | undefined)[] = [];
    const send = classSender(
      (lrs) => {
        seen.push(lrs.auth);
        return Promise.resolve('stored');
      },
      (owner) =>
        Promise.resolve(({ a: { token: 'tok-a' }, b: {} } as Record<string, { token?: string }>)[owner]),
    );
    const statement = {
      actor: { mbox: 'mailto:x@y.pe' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: { id: 'urn:x' },
    };
    const at = (auth: string) => send({ endpoint: 'http://aula.local/xapi/', auth }, statement);
    expect(await at(classAuth('a'))).toBe('stored');
    expect(seen).toEqual(['Bearer tok-a']);
    expect(await at(classAuth('b'))).toBe('transient');
    expect(await at(classAuth('c'))).toEqual({
      rejected: 'no class credential in this browser for this trainee',
    });
    expect(await at('Basic x')).toBe('stored');
    expect(seen).toEqual(['Bearer tok-a', 'Basic x']);
  });
});
