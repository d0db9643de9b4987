/**
 * The class server's API base path, from `<meta name="pc-class-server" content="/api">`,
 * which only the class server puts in the page. Only a path on this same origin is
 * accepted, so nothing is ever sent to another host; no tag: no server, no network.
 */
export function classServerBase(doc: Document): string | undefined {
  const content = doc.querySelector('meta[name="pc-class-server"]')?.getAttribute('content')?.trim();
  if (!content || !content.startsWith('/') || content.startsWith('//')) return undefined;
  return content.replace(/\/+$/, '');
}
