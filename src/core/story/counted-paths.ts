/**
 * The ink containers whose visits the story itself can observe (read counts, once-only
 * options, sequences): those the compiler marks for counting when it is not told to
 * count everything. Only these can change what happens next, so the path explorer keys
 * states on them alone, and paths that differ only in which option was taken merge.
 */
export function countedPaths(json: string): Set<string> {
  const counted = new Set<string>();
  const root = (JSON.parse(json) as { root?: unknown }).root;
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const walk = (container: unknown, path: string): void => {
    if (!Array.isArray(container)) return;
    const last: unknown = container[container.length - 1];
    if (last && typeof last === 'object' && !Array.isArray(last)) {
      const meta = last as Record<string, unknown>;
      if (path && typeof meta['#f'] === 'number' && (meta['#f'] & 1) === 1) counted.add(path);
      for (const [key, value] of Object.entries(meta)) {
        if (key !== '#f' && key !== '#n') walk(value, join(path, key));
      }
    }
    container.slice(0, -1).forEach((item, i) => {
      if (!Array.isArray(item)) return;
      const tail: unknown = item[item.length - 1];
      const name =
        tail && typeof tail === 'object' && !Array.isArray(tail)
          ? (tail as Record<string, unknown>)['#n']
          : undefined;
      walk(item, join(path, typeof name === 'string' ? name : String(i)));
    });
  };
  walk(root, '');
  return counted;
}
