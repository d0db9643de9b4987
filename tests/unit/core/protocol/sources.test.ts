import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/core/language.ts';
import { standardIds } from '../../../../src/core/protocol/standard-ids.ts';
import { standards } from '../../../../src/core/protocol/standards.ts';
import { primaryHosts, sourceWithKey, sources } from '../../../../src/core/protocol/sources.ts';

const keysIn = (text: string) => [...new Set([...text.matchAll(/\bS\d{2}\b/g)].map((m) => m[0]))].sort();
const labelsIn = (text: string) =>
  [...new Set([...text.matchAll(/(?<=^|[(/ ])(L-P|L-S|G|INT|INF)(?=[,;:)/ ])/g)].map((m) => m[0]))].sort();

/** Every text of the catalogue a trainee can read: the debrief and the reference show all of them. */
const shownTexts = [
  ...standards.flatMap((s) =>
    [s.title, s.feedback, s.why, s.basis, s.escalation].flatMap((t) =>
      t ? [`${s.id}: ${t.es}`, `${s.id}: ${t.en}`] : [],
    ),
  ),
  ...sources.flatMap((s) =>
    [s.title, s.note].flatMap((t) => (t ? [`${s.key}: ${t.es}`, `${s.key}: ${t.en}`] : [])),
  ),
];

describe('sources: every source shown to a trainee is primary', () => {
  const urls = sources.flatMap((s) => s.urls.map((url) => ({ key: s.key, url })));

  it('every source has at least one address', () => {
    expect(sources.filter((s) => s.urls.length === 0).map((s) => s.key)).toEqual([]);
  });

  it.each(urls)('$key: $url is https on a primary host', ({ url }) => {
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    expect(primaryHosts).toContain(parsed.hostname);
  });

  it('no address points to a document mirror, blog, slide host or news site', () => {
    const banned =
      /scribd|slideshare|blogspot|prezi|studylib|paperzz|datosperu|xdocs|jurispol|lpderecho|trome|andina|rpp\.pe|larepublica|infobae|wayka|lamula|peru21|panamericana|rcrperu|huaralenlinea|elpais|psicolog\.org|juris\.pe/;
    expect(urls.filter(({ url }) => banned.test(url))).toEqual([]);
  });

  it('the allow-list holds only official or institutional hosts', () => {
    for (const host of primaryHosts)
      expect(host).toMatch(/\.(gob\.pe|elperuano\.pe|gov\.uk|gov|org|es|int)$/);
  });
});

describe('sources: titles and notes in both languages', () => {
  it.each(sources.map((s) => [s.key, s] as const))('%s has a title and note in es and en', (_key, s) => {
    for (const lang of languages) {
      expect(s.title[lang].trim().length).toBeGreaterThan(10);
      if (s.note) expect(s.note[lang].trim().length).toBeGreaterThan(10);
    }
  });

  it('keys are unique', () => {
    expect(new Set(sources.map((s) => s.key)).size).toBe(sources.length);
  });
});

describe('standards: internal notes never reach the trainee', () => {
  it('no standard or source text says verify, verificar, TODO or FIXME', () => {
    // A note to the authors ("verify", "to be verified", "verificar") is not content; "a verified
    // carer" is. "todo" is ordinary Spanish ("all"): only the upper-case markers count.
    const note = /\bverify\b|\bverificar\b|to be verified|por verificar/i;
    const marker = /\b(TODO|FIXME|XXX)\b/;
    const flagged = shownTexts.filter((t) => note.test(t) || marker.test(t));
    expect(flagged).toEqual([]);
  });
});

describe('standards: bases cite their sources and articles', () => {
  it('the catalogue has the 47 standards of standardIds, in order', () => {
    expect(standards.map((s) => s.id)).toEqual([...standardIds]);
    expect(standards).toHaveLength(47);
  });

  it.each(standards.map((s) => [s.id, s] as const))(
    '%s: the basis names exactly its sources, in both languages',
    (_id, s) => {
      for (const key of s.sources) expect(() => sourceWithKey(key)).not.toThrow();
      expect(keysIn(s.basis.es)).toEqual([...s.sources].sort());
      expect(keysIn(s.basis.en)).toEqual([...s.sources].sort());
    },
  );

  it.each(standards.map((s) => [s.id, s] as const))(
    '%s: the evidence labels are the ones the basis uses',
    (_id, s) => {
      expect(labelsIn(s.basis.es)).toEqual([...s.evidence].sort());
      expect(labelsIn(s.basis.en)).toEqual([...s.evidence].sort());
    },
  );

  it('every source is cited by at least one standard', () => {
    const cited = new Set(standards.flatMap((s) => s.sources));
    expect(sources.map((s) => s.key).filter((k) => !cited.has(k))).toEqual([]);
  });

  const bases = standards.map((s) => s.basis.es).join('\n');
  it.each([
    'Ley 30364, art. 16',
    'Ley 30364, art. 19',
    'Ley 30364, art. 25',
    'art. 14.1',
    'art. 242.1(d)',
    'art. 259',
    'art. 122-B',
    'art. 176-C',
    'art. 183-A',
    'art. 183-B',
    'Ley 30403',
    'Ley 29685',
    'DL 1297',
    'DL 1348',
    'DL 1428',
  ])('a basis cites %s', (citation) => {
    expect(bases).toContain(citation);
  });

  it('DL 1428 is cited only for persons reported missing', () => {
    const citing = standards.filter((s) => s.basis.es.includes('DL 1428'));
    expect(citing.map((s) => s.id)).toEqual(['PRO-05', 'PRO-06']);
    for (const s of citing) {
      expect(s.basis.es).toContain('denunciadas como desaparecidas');
      expect(s.basis.en).toContain('reported missing');
    }
  });

  it('the obligations added from the regulation of Ley 30364 rest on its text', () => {
    const ref08 = standards.find((s) => s.id === 'REF-08')!;
    expect(ref08.basis.es).toMatch(/art\. 14\.1.*Defensa Pública/);
    expect(ref08.sources).toEqual(['S11']);
    expect(sourceWithKey('S11').note?.es).toContain('Defensa Pública');
    expect(standards.find((s) => s.id === 'DOC-05')!.feedback.es).toContain('24 horas');
    expect(standards.find((s) => s.id === 'CLO-04')!.feedback.es).toContain('constancia escrita');
  });
});
