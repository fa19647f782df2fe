/**
 * What the renderless controllers do to the cytoscape instance, as plain functions over `Core` so they run
 * (and are tested) against a headless instance.
 */
import type { Collection, Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import type { Visible } from '../../model/filters';
import type { Selection } from '../../model/viewState';
import type { Neighbourhood } from './graphNeighbourhood';

const ADDED_KEY = 'ir-explorer:elements';

/**
 * Makes `elements` the instance's elements, in one batch (styled once, at its end). Idempotent: the array last
 * added is remembered, so calling it again with the same array (a re-render, StrictMode) changes nothing.
 */
export function replaceElements(cy: Core, elements: readonly ElementDefinition[]): void {
  if (cy.scratch(ADDED_KEY) === elements) return;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements as ElementDefinition[]);
  });
  cy.scratch(ADDED_KEY, elements);
}

/**
 * Shows exactly the visible elements: one batch toggling the `hidden` class; elements are never rebuilt.
 * With `previous` (what was applied last, on the same elements) only the ids whose visibility changed are
 * touched: a domain toggle changes ~10% of 12,000 elements, and each touched element is restyled.
 */
export function applyVisibility(cy: Core, visible: VisibleIds, previous?: VisibleIds, { edges = true }: { edges?: boolean } = {}): void {
  if (previous) {
    // Without edges in cytoscape (a big graph: the edge layer draws them), there is nothing to look up.
    const changes = [...changed(previous.nodeIds, visible.nodeIds), ...(edges ? changed(previous.edgeIds, visible.edgeIds) : [])];
    // Even an empty batch makes cytoscape redraw every node (~7 ms a domain toggle on a 2,000-node graph).
    if (changes.length === 0) return;
    cy.batch(() => {
      for (const [id, hide] of changes) cy.getElementById(id).toggleClass('hidden', hide);
    });
    return;
  }
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const hide = !(ele.isNode() ? visible.nodeIds : visible.edgeIds).has(ele.id());
      if (hide !== ele.hasClass('hidden')) ele.toggleClass('hidden', hide);
    });
  });
}

type VisibleIds = Pick<Visible, 'nodeIds' | 'edgeIds'>;

/** The ids whose visibility differs between two visible sets, each with whether it is now hidden. */
function changed(before: ReadonlySet<string>, after: ReadonlySet<string>): Array<[id: string, hide: boolean]> {
  const out: Array<[string, boolean]> = [];
  for (const id of before) if (!after.has(id)) out.push([id, true]);
  for (const id of after) if (!before.has(id)) out.push([id, false]);
  return out;
}

/**
 * The element with its neighbours: a node's closed neighbourhood, or an edge and its two ends. With `fromGraph`
 * (big graphs, whose edges are not in cytoscape) the neighbourhood's ids come from the graph, and `ele` may be an
 * empty collection (an edge).
 */
function neighbourhood(cy: Core, id: string, fromGraph?: Neighbourhood | null): { ele: Collection; hood: Collection } | null {
  if (fromGraph !== undefined) {
    if (!fromGraph) return null;
    // Only the nodes: a big graph's edges are not cytoscape elements.
    return { ele: cy.getElementById(id), hood: cy.nodes().filter((n) => fromGraph.nodeIds.has(n.id())) };
  }
  const found = cy.getElementById(id);
  if (found.empty()) return null;
  if (found.isNode()) return { ele: found, hood: (found as NodeSingular).closedNeighborhood() };
  const edge = found as EdgeSingular;
  return { ele: edge as unknown as Collection, hood: edge.connectedNodes().union(edge) };
}

/**
 * Selects the store's selection in cytoscape and highlights it with its neighbours, fading the rest. Big graphs pass
 * the neighbourhood read from the graph (`graphNeighbourhood`): their edges are drawn by the edge layer.
 */
export function applySelection(cy: Core, selection: Selection | null, fromGraph?: Neighbourhood | null): void {
  cy.batch(() => {
    cy.$('.highlighted').removeClass('highlighted');
    cy.$('.faded').removeClass('faded');
    cy.$(':selected').unselect();
    if (!selection) return;
    const found = neighbourhood(cy, selection.id, fromGraph);
    if (!found) return;
    const { ele, hood } = found;
    ele.select();
    cy.elements().not(hood).addClass('faded');
    hood.addClass('highlighted');
  });
}

/** Fits the view on the selected node and its neighbours, never zooming in past 2×. */
export function focusOn(cy: Core, id: string, fromGraph?: Neighbourhood | null): void {
  const found = neighbourhood(cy, id, fromGraph);
  if (!found) return;
  const { ele, hood } = found;
  const shown = hood.filter((x) => !x.hasClass('hidden')).union(ele);
  if (shown.empty()) return;
  cy.fit(shown, 80);
  if (cy.zoom() > 2) cy.zoom({ level: 2, position: centreOf(ele.nonempty() ? ele : shown) });
}

function centreOf(eles: Collection): { x: number; y: number } {
  const only = eles.length === 1 ? eles[0]! : null;
  if (only?.isNode()) return (only as NodeSingular).position();
  if (only?.isEdge()) return (only as EdgeSingular).midpoint();
  const box = eles.boundingBox({ includeLabels: false });
  return { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
}

export type TapTarget = Selection | null;

/** What a tap selected: a node, an edge, or nothing (the background). */
export function tapTarget(event: EventObject): TapTarget {
  const target = event.target as Core | { isNode(): boolean; isEdge(): boolean; id(): string };
  if (target === event.cy) return null;
  const ele = target as { isNode(): boolean; id(): string };
  return { kind: ele.isNode() ? 'node' : 'edge', id: ele.id() };
}
