/**
 * The edges of a big graph as flat arrays, for the edge layer that draws them outside cytoscape: endpoints as node
 * indices, and each edge's line and outline as an index into a small table of (colour, width) styles, so drawing
 * can batch edges that look alike. Built once per graph; pure.
 */
import type { Graph } from '../../../model/schema';
import { domainInfo, isConflictual } from '../../../model/vocabulary';
import { edgeWidth } from '../elements';
import { CONFLICT_COLOUR_BIG, LINE_OUTLINE_WIDTH } from '../stylesheet';

export interface LineStyle {
  readonly colour: string;
  /** In model units: on screen it is multiplied by the zoom, as cytoscape's edge widths are. */
  readonly width: number;
}

export interface EdgeModel {
  readonly edgeIds: readonly string[];
  readonly edgeIndex: ReadonlyMap<string, number>;
  readonly nodeIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Each edge's line width (model units). */
  readonly width: Float32Array;
  /** Each edge's line, as an index into `styles`. */
  readonly line: Int32Array;
  /** Each edge's outline (an edge in several domains, edged in its second domain's colour), or -1. */
  readonly outline: Int32Array;
  readonly styles: readonly LineStyle[];
}

/**
 * The same look as the big-graph stylesheet: the first domain's colour (tension and conflict in
 * `CONFLICT_COLOUR_BIG`), width from the evidence count, an outline in the second domain's colour.
 */
export function buildEdgeModel(graph: Graph): EdgeModel {
  const nodeIds = graph.nodes.map((n) => n.id);
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i]));
  const n = graph.edges.length;
  const model = {
    edgeIds: graph.edges.map((e) => e.id),
    nodeIds,
    nodeIndex,
    source: new Int32Array(n),
    target: new Int32Array(n),
    width: new Float32Array(n),
    line: new Int32Array(n),
    outline: new Int32Array(n),
  };
  const styles: LineStyle[] = [];
  const styleIndex = new Map<string, number>();
  const styleOf = (colour: string, width: number): number => {
    const key = `${colour}/${width}`;
    let i = styleIndex.get(key);
    if (i === undefined) styleIndex.set(key, (i = styles.push({ colour, width }) - 1));
    return i;
  };
  graph.edges.forEach((e, i) => {
    const [first, second] = e.domains;
    const width = edgeWidth(e.weight);
    model.source[i] = nodeIndex.get(e.source) ?? 0;
    model.target[i] = nodeIndex.get(e.target) ?? 0;
    model.width[i] = width;
    model.line[i] = styleOf(isConflictual(e.relation) ? CONFLICT_COLOUR_BIG : domainInfo(first!).colour, width);
    model.outline[i] = second ? styleOf(domainInfo(second).colour, width + 2 * LINE_OUTLINE_WIDTH) : -1;
  });
  return { ...model, edgeIndex: new Map(model.edgeIds.map((id, i) => [id, i])), styles };
}

const models = new WeakMap<Graph, EdgeModel>();

/** `buildEdgeModel`, memoised per graph. */
export function edgeModelOf(graph: Graph): EdgeModel {
  let model = models.get(graph);
  if (!model) models.set(graph, (model = buildEdgeModel(graph)));
  return model;
}

/** One byte per edge: 1 when the edge is in `edgeIds`. */
export function visibleMask(model: EdgeModel, edgeIds: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(model.edgeIds.length);
  model.edgeIds.forEach((id, i) => {
    if (edgeIds.has(id)) mask[i] = 1;
  });
  return mask;
}

/** Indices of the edges named in `ids` (unknown ids are skipped). */
export function edgeIndices(model: EdgeModel, ids: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    const i = model.edgeIndex.get(id);
    if (i !== undefined) out.add(i);
  }
  return out;
}
