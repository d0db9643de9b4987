import { describe, expect, it } from 'vitest';
import { launchHtml, scormCases } from '../../../tools/lib/scorm-package.ts';
import { launchPage, scormManifest, type ScormVersion } from '../../../tools/lib/scorm-manifest.ts';
import { checkManifest } from '../../support/scorm-manifest-check.ts';

const files = [
  'index.html',
  'assets/index-abc.js',
  'assets/index-abc.css',
  'audio/ui/open.ogg',
  'images/places/front desk.svg',
];
const cases = scormCases();
const manifestOf = (version: ScormVersion, over: Partial<Parameters<typeof scormManifest>[0]> = {}) =>
  scormManifest({
    version,
    identifier: 'primer_contacto',
    packageVersion: '0.1.0',
    title: 'Primer Contacto',
    cases,
    files,
    ...over,
  });
const packaged = new Set([...files, ...cases.map((c) => launchPage(c.caseId))]);

describe.each(['1.2', '2004'] as const)('the SCORM %s manifest', (version) => {
  it('passes every check of the SCORM schemas, with one SCO per case', () => {
    const xml = manifestOf(version);
    expect(checkManifest(xml, version, packaged)).toEqual([]);
    expect(cases.map((c) => c.caseId)).toContain('lost_child_5');
    expect(xml.match(/="sco"/g)).toHaveLength(cases.length);
    expect(xml.match(/="asset"/g)).toHaveLength(1);
    expect(xml).toContain('href="images/places/front%20desk.svg"');
  });

  it('escapes titles, so a title with markup stays well-formed', () => {
    const xml = manifestOf(version, { cases: [{ caseId: 'lost_child_5', title: 'Ana & <Lucía> "5"' }] });
    expect(checkManifest(xml, version)).toEqual([]);
    expect(xml).toContain('<title>Ana &amp; &lt;Lucía&gt; &quot;5&quot;</title>');
  });

  // The checker must be able to fail: each damage below is one rule of the list.
  it.each([
    [
      'the other version',
      (x: string) => x.replace(/<schemaversion>[^<]+/, '<schemaversion>1.3'),
      /schemaversion/,
    ],
    [
      'a missing default organization',
      (x: string) => x.replace('default="org_primer_contacto"', 'default="nope"'),
      /default "nope"/,
    ],
    [
      'a duplicate identifier',
      (x: string) => x.replace('identifier="sco_theft_16"', 'identifier="sco_lost_child_5"'),
      /used twice|missing resource/,
    ],
    [
      'the other spelling of scormtype',
      (x: string) =>
        x.replaceAll(
          version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType',
          version === '1.2' ? 'adlcp:scormType' : 'adlcp:scormtype',
        ),
      /spells|no adlcp/,
    ],
    [
      'a file not in the package',
      (x: string) => x.replace('assets/index-abc.js', 'assets/gone.js'),
      /gone\.js, which is not in the package/,
    ],
    [
      'an item without a title',
      (x: string) => x.replace(/<title>Ana Lucía[^<]*<\/title>/, ''),
      /item item_lost_child_5 has no title/,
    ],
    [
      'a SCO without href',
      (x: string) => x.replace('href="lost_child_5.html">', '>'),
      /not a SCO with an href/,
    ],
    [
      'an identifier that is not an XML ID',
      (x: string) => x.replaceAll('item_lost_child_5', '5 lost'),
      /not an XML ID/,
    ],
    ['broken XML', (x: string) => x.replace('</resources>', ''), /not well-formed/],
  ])('reports %s', (_name, damage, problem) => {
    expect(checkManifest(damage(manifestOf(version)), version, packaged).join('\n')).toMatch(problem);
  });
});

describe('a launch page', () => {
  it('is the built page with the tags naming the SCORM version, the case and the mode, and no script added', () => {
    const index =
      '<html><head>\n    <script type="module" src="./assets/index-abc.js"></script>\n  </head><body></body></html>';
    const page = launchHtml(index, '2004', 'lost_child_5', 'evaluation');
    expect(page).toContain('<meta name="pc-scorm" content="2004" />');
    expect(page).toContain('<meta name="pc-scorm-case" content="lost_child_5" />');
    expect(page).toContain('<meta name="pc-scorm-mode" content="evaluation" />');
    expect(page.match(/<script/g)).toHaveLength(1);
  });
});
