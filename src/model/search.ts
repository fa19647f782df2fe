/** Actor search: which nodes match what the user typed, best first. Pure. */
import type { GraphNode } from './schema';

/**
 * Nodes whose label or an alias contains `query` (case- and accent-insensitive): label prefixes first, then
 * alias prefixes, then other matches, each alphabetical. At most `limit`.
 */
export function searchNodes(nodes: readonly GraphNode[], query: string, limit = 10): GraphNode[] {
  const q = fold(query.trim());
  if (!q) return [];
  const ranked: Array<{ node: GraphNode; rank: number }> = [];
  for (const node of nodes) {
    const label = fold(node.label);
    const aliases = node.aliases.map(fold);
    const rank = label.startsWith(q) ? 0 : aliases.some((a) => a.startsWith(q)) ? 1 : label.includes(q) || aliases.some((a) => a.includes(q)) ? 2 : -1;
    if (rank >= 0) ranked.push({ node, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.node.label.localeCompare(b.node.label));
  return ranked.slice(0, limit).map((r) => r.node);
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
