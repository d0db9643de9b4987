/**
 * The `imsmanifest.xml` of a SCORM package: one SCO per case (each its own launch page,
 * `<caseId>.html`), all sharing one asset resource that lists every file of the build.
 * SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2) and SCORM 2004 4th edition (IMS CP 1.1.4 + ADL CP 1.3).
 */
export type ScormVersion = '1.2' | '2004';
export const scormVersions: readonly ScormVersion[] = ['1.2', '2004'];

export interface ScormCase {
  readonly caseId: string;
  /** The title the LMS shows for the case (its table of contents, its gradebook). */
  readonly title: string;
}

export interface ManifestInput {
  readonly version: ScormVersion;
  readonly identifier: string;
  /** The package version (the app's). */
  readonly packageVersion: string;
  readonly title: string;
  readonly cases: readonly ScormCase[];
  /** Every file of the package except the manifest and the launch pages, with `/` separators. */
  readonly files: readonly string[];
}

/** The launch page of a case's SCO, at the package root (the build's asset paths are relative to it). */
export const launchPage = (caseId: string): string => `${caseId}.html`;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An href as the manifest writes it: each path segment URI-encoded. */
const href = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

const namespaces: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd' +
      ' http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd' +
      ' http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  ].join('\n  '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd' +
      ' http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd' +
      ' http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd' +
      ' http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd' +
      ' http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
  ].join('\n  '),
};

const schemaVersion: Record<ScormVersion, string> = { '1.2': '1.2', '2004': '2004 4th Edition' };
/** The attribute that makes a resource a SCO or an asset (its case differs between the versions). */
const scormTypeAttribute: Record<ScormVersion, string> = {
  '1.2': 'adlcp:scormtype',
  '2004': 'adlcp:scormType',
};

/** The manifest's text. Identifiers are XML IDs: case ids (`^[a-z][a-z0-9_]*$`) are safe in them. */
export function scormManifest(input: ManifestInput): string {
  const { version, cases } = input;
  const type = scormTypeAttribute[version];
  const items = cases.map(
    ({ caseId, title }) =>
      `      <item identifier="item_${caseId}" identifierref="sco_${caseId}" isvisible="true">\n` +
      `        <title>${escapeXml(title)}</title>\n` +
      `      </item>`,
  );
  const scos = cases.map(
    ({ caseId }) =>
      `    <resource identifier="sco_${caseId}" type="webcontent" ${type}="sco" href="${href(launchPage(caseId))}">\n` +
      `      <file href="${href(launchPage(caseId))}"/>\n` +
      `      <dependency identifierref="shared_files"/>\n` +
      `    </resource>`,
  );
  const files = input.files.map((f) => `      <file href="${href(f)}"/>`);
  // SCORM 2004: the learner may pick any case from the table of contents, and go on with next/previous.
  const sequencing =
    version === '2004'
      ? '\n      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>'
      : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.packageVersion)}"\n  ${namespaces[version]}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${schemaVersion[version]}</schemaversion>`,
    '  </metadata>',
    '  <organizations default="org_primer_contacto">',
    '    <organization identifier="org_primer_contacto">',
    `      <title>${escapeXml(input.title)}</title>`,
    ...items,
    sequencing ? sequencing.slice(1) : '',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...scos,
    `    <resource identifier="shared_files" type="webcontent" ${type}="asset">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
