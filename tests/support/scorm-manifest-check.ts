import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/**
 * What an LMS importing a SCORM package reads from its `imsmanifest.xml`, checked against
 * what the SCORM schemas require (the content packaging XSDs of each version):
 *  1. well-formed XML; the root `<manifest>` in the version's IMS CP namespace, with an identifier;
 *  2. every `identifier` unique and an XML ID (an NCName);
 *  3. `<metadata>`: `<schema>ADL SCORM</schema>` and the version's `<schemaversion>`;
 *  4. `<organizations default>` names an existing `<organization>`; every organization and item has a `<title>`;
 *  5. every item's `identifierref` names a resource, and that resource is a SCO with an `href`;
 *  6. every resource has `type="webcontent"` and the version's scorm type attribute in the ADL CP
 *     namespace (`adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004, never the other spelling),
 *     with the value `sco` or `asset`;
 *  7. every `<dependency identifierref>` names a resource;
 *  8. every `<file href>` and resource `href` is a file of the package (when the list of files is given);
 *  9. (2004) sequencing elements are in the IMS SS namespace.
 * Returns what failed, one line each; an empty list when everything holds.
 */
export type ManifestVersion = '1.2' | '2004';

const ns = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaversion: '1.2',
    type: 'scormtype',
    wrongType: 'scormType',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaversion: '2004 4th Edition',
    type: 'scormType',
    wrongType: 'scormtype',
  },
} as const;

const ncName = /^[A-Za-z_][\w.-]*$/;

export function checkManifest(
  xml: string,
  version: ManifestVersion,
  packageFiles?: ReadonlySet<string>,
): string[] {
  const want = ns[version];
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'application/xml');
  } catch {
    return ['not well-formed XML'];
  }
  const root = doc.documentElement;
  if (!root) return ['not well-formed XML'];
  const all = [...doc.getElementsByTagName('*')];
  if (root.localName !== 'manifest' || root.namespaceURI !== want.cp)
    problems.push(`root is not <manifest> in ${want.cp}`);
  const cp = (parent: Element, name: string) => [...parent.getElementsByTagNameNS(want.cp, name)];
  const child = (parent: Element, name: string) =>
    [...parent.childNodes].filter(
      (c): c is Element =>
        c.nodeType === 1 && (c as Element).localName === name && (c as Element).namespaceURI === want.cp,
    );

  const ids = all.filter((e) => e.hasAttribute('identifier')).map((e) => e.getAttribute('identifier') ?? '');
  if (!root.getAttribute('identifier')) problems.push('the manifest has no identifier');
  for (const id of ids) if (!ncName.test(id)) problems.push(`identifier "${id}" is not an XML ID`);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length > 0) problems.push(`identifiers used twice: ${dup.join(', ')}`);

  const metadata = child(root, 'metadata')[0];
  if (!metadata) problems.push('no <metadata>');
  else {
    if (child(metadata, 'schema')[0]?.textContent?.trim() !== 'ADL SCORM')
      problems.push('<schema> is not "ADL SCORM"');
    const sv = child(metadata, 'schemaversion')[0]?.textContent?.trim();
    if (sv !== want.schemaversion) problems.push(`<schemaversion> is "${sv}", not "${want.schemaversion}"`);
  }

  const organizations = child(root, 'organizations')[0];
  const orgs = organizations ? child(organizations, 'organization') : [];
  const def = organizations?.getAttribute('default');
  if (!def || !orgs.some((o) => o.getAttribute('identifier') === def))
    problems.push(`organizations default "${def}" names no organization`);
  if (orgs.length === 0) problems.push('no <organization>');

  const resourcesEl = child(root, 'resources')[0];
  const resources = new Map(
    (resourcesEl ? child(resourcesEl, 'resource') : []).map((r) => [r.getAttribute('identifier') ?? '', r]),
  );
  if (resources.size === 0) problems.push('no <resource>');
  const typeOf = (r: Element) => r.getAttributeNS(want.adlcp, want.type);

  for (const org of orgs) {
    if (!child(org, 'title')[0]?.textContent?.trim())
      problems.push(`organization ${org.getAttribute('identifier')} has no title`);
    const items = cp(org, 'item');
    if (items.length === 0) problems.push(`organization ${org.getAttribute('identifier')} has no item`);
    for (const item of items) {
      const id = item.getAttribute('identifier');
      if (!child(item, 'title')[0]?.textContent?.trim()) problems.push(`item ${id} has no title`);
      const ref = item.getAttribute('identifierref');
      if (!ref) continue;
      const res = resources.get(ref);
      if (!res) problems.push(`item ${id} refers to a missing resource ${ref}`);
      else if (typeOf(res) !== 'sco' || !res.getAttribute('href'))
        problems.push(`item ${id} launches ${ref}, which is not a SCO with an href`);
    }
  }

  for (const [id, res] of resources) {
    if (res.getAttribute('type') !== 'webcontent') problems.push(`resource ${id} is not type="webcontent"`);
    const type = typeOf(res);
    if (type !== 'sco' && type !== 'asset')
      problems.push(`resource ${id} has no adlcp:${want.type} of sco or asset`);
    if (res.getAttributeNS(want.adlcp, want.wrongType) !== null)
      problems.push(`resource ${id} spells adlcp:${want.wrongType}`);
    for (const dep of child(res, 'dependency')) {
      const ref = dep.getAttribute('identifierref') ?? '';
      if (!resources.has(ref)) problems.push(`resource ${id} depends on a missing resource ${ref}`);
    }
    const hrefs = [res.getAttribute('href'), ...child(res, 'file').map((f) => f.getAttribute('href'))].filter(
      (h) => h !== null,
    );
    for (const href of hrefs) {
      if (packageFiles && !packageFiles.has(decodeURIComponent(href)))
        problems.push(`resource ${id} names ${href}, which is not in the package`);
    }
  }

  if (version === '2004') {
    const seq = all.filter((e) => e.localName === 'sequencing');
    for (const s of seq)
      if (s.namespaceURI !== 'http://www.imsglobal.org/xsd/imsss')
        problems.push('<sequencing> outside the IMS SS namespace');
  }
  return problems;
}
