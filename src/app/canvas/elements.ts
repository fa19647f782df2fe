/**
 * The cytoscape elements for a graph, built once per graph. Evidence and other bulky data stay out of element
 * data (react-cytoscapejs walks it on every patch); panels look them up by id.
 */
import type { ElementDefinition } from 'cytoscape';
import { initialPositions } from '../../layout/initialPositions';
import { nodeSizes } from '../../layout/nodeSizes';
import type { Graph } from '../../model/schema';
import { domainInfo, isConflictual } from '../../model/vocabulary';

/** Edge width from weight (evidence count): 1.5 px for one sentence, capped at 8 px. */
export const edgeWidth = (weight: number): number => Math.min(8, 1.5 + 1.5 * Math.log2(weight));

/** True when every node carries a precomputed position (else the app lays the graph out once on load). */
export const hasPositions = (graph: Graph): boolean => graph.nodes.length > 0 && graph.nodes.every((n) => n.position);

/**
 * With `edges: false` (big graphs, whose edges the edge layer draws) only the nodes: cytoscape styles, adds and
 * draws 2,000 elements instead of 12,000.
 */
export function buildElements(graph: Graph, { edges: withEdges = true }: { edges?: boolean } = {}): ElementDefinition[] {
  const sizes = nodeSizes(graph);
  const fallback = hasPositions(graph) ? {} : initialPositions(graph);
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, type: n.type, size: sizes.get(n.id) ?? 0 },
    position: { ...(n.position ?? fallback[n.id] ?? { x: 0, y: 0 }) },
    classes: `type-${n.type}`,
  }));
  if (!withEdges) return nodes;
  const edges: ElementDefinition[] = graph.edges.map((e) => {
    const [first, second] = e.domains;
    const classes = [isConflictual(e.relation) ? 'conflictual' : 'cooperative', second ? 'multi' : ''].filter(Boolean).join(' ');
    return {
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        colour: domainInfo(first!).colour,
        colour2: second ? domainInfo(second).colour : domainInfo(first!).colour,
        width: edgeWidth(e.weight),
      },
      classes,
    };
  });
  return [...nodes, ...edges];
}
