/**
 * A selection's neighbourhood read from the graph rather than from cytoscape, for big graphs whose edges are not
 * cytoscape elements: a node with its edges and their other ends, or an edge with its two ends. Pure.
 */
import type { Graph } from '../../model/schema';
import type { Selection } from '../../model/viewState';
import { lookupOf } from '../store/selectors';

export interface Neighbourhood {
  readonly nodeIds: ReadonlySet<string>;
  readonly edgeIds: ReadonlySet<string>;
}

const incidentCache = new WeakMap<Graph, ReadonlyMap<string, readonly string[]>>();

/** Node id → ids of the edges that touch it; once per graph. */
function incidentEdges(graph: Graph): ReadonlyMap<string, readonly string[]> {
  let incident = incidentCache.get(graph);
  if (!incident) {
    const map = new Map<string, string[]>();
    const add = (node: string, edge: string) => {
      const list = map.get(node);
      if (list) list.push(edge);
      else map.set(node, [edge]);
    };
    for (const e of graph.edges) {
      add(e.source, e.id);
      if (e.target !== e.source) add(e.target, e.id);
    }
    incidentCache.set(graph, (incident = map));
  }
  return incident;
}

let last: { graph: Graph; selection: Selection; hood: Neighbourhood | null } | null = null;

/**
 * The closed neighbourhood of a node, or an edge and its ends; null when the id is not in the graph. Memoised on the
 * last graph and selection: the selection and the edge layer controllers both ask for it on each change.
 */
export function graphNeighbourhood(graph: Graph, selection: Selection): Neighbourhood | null {
  if (last && last.graph === graph && last.selection.kind === selection.kind && last.selection.id === selection.id) return last.hood;
  const hood = neighbourhoodOf(graph, selection);
  last = { graph, selection, hood };
  return hood;
}

function neighbourhoodOf(graph: Graph, selection: Selection): Neighbourhood | null {
  const lookup = lookupOf(graph);
  if (selection.kind === 'edge') {
    const edge = lookup.edgeById.get(selection.id);
    return edge ? { nodeIds: new Set([edge.source, edge.target]), edgeIds: new Set([edge.id]) } : null;
  }
  if (!lookup.nodeById.has(selection.id)) return null;
  const edgeIds = new Set(incidentEdges(graph).get(selection.id) ?? []);
  const nodeIds = new Set([selection.id]);
  for (const id of edgeIds) {
    const edge = lookup.edgeById.get(id)!;
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  return { nodeIds, edgeIds };
}
