import axe from 'axe-core';

/**
 * The axe violations in `node`, as 'rule-id: targets' strings. The node is attached to
 * the document for the run if it is not already. color-contrast is off because jsdom
 * does no layout or painting, so axe cannot compute it.
 */
export async function axeViolations(node: Element): Promise<string[]> {
  const attached = !node.isConnected;
  if (attached) document.body.append(node);
  try {
    const result = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  } finally {
    if (attached) node.remove();
  }
}
