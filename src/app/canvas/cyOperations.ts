/**
 * What the renderless controllers do to the cytoscape instance, as plain functions over `Core` so they run
 * (and are tested) against a headless instance.
 */
import type { Collection, Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import type { Visible } from '../../model/filters';
import type { Selection } from '../../model/viewState';

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
export function applyVisibility(cy: Core, visible: VisibleIds, previous?: VisibleIds): void {
  cy.batch(() => {
    if (previous) {
      toggleChanged(cy, previous.nodeIds, visible.nodeIds);
      toggleChanged(cy, previous.edgeIds, visible.edgeIds);
      return;
    }
    cy.elements().forEach((ele) => {
      const hide = !(ele.isNode() ? visible.nodeIds : visible.edgeIds).has(ele.id());
      if (hide !== ele.hasClass('hidden')) ele.toggleClass('hidden', hide);
    });
  });
}

type VisibleIds = Pick<Visible, 'nodeIds' | 'edgeIds'>;

function toggleChanged(cy: Core, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  for (const id of before) if (!after.has(id)) cy.getElementById(id).toggleClass('hidden', true);
  for (const id of after) if (!before.has(id)) cy.getElementById(id).toggleClass('hidden', false);
}

/** The element with its neighbours: a node's closed neighbourhood, or an edge and its two ends. */
function neighbourhood(cy: Core, id: string): { ele: NodeSingular | EdgeSingular; hood: Collection } | null {
  const found = cy.getElementById(id);
  if (found.empty()) return null;
  if (found.isNode()) return { ele: found as NodeSingular, hood: (found as NodeSingular).closedNeighborhood() };
  const edge = found as EdgeSingular;
  return { ele: edge, hood: edge.union(edge.connectedNodes()) };
}

/** Selects the store's selection in cytoscape and highlights it with its neighbours, fading the rest. */
export function applySelection(cy: Core, selection: Selection | null): void {
  cy.batch(() => {
    cy.$('.highlighted').removeClass('highlighted');
    cy.$('.faded').removeClass('faded');
    cy.$(':selected').unselect();
    if (!selection) return;
    const found = neighbourhood(cy, selection.id);
    if (!found) return;
    const { ele, hood } = found;
    ele.select();
    cy.elements().not(hood).addClass('faded');
    hood.addClass('highlighted');
  });
}

/** Fits the view on the selected node and its neighbours, never zooming in past 2×. */
export function focusOn(cy: Core, id: string): void {
  const found = neighbourhood(cy, id);
  if (!found) return;
  const { ele, hood } = found;
  cy.fit(hood.filter((x) => !x.hasClass('hidden')).union(ele), 80);
  if (cy.zoom() > 2) cy.zoom({ level: 2, position: ele.isNode() ? (ele as NodeSingular).position() : (ele as EdgeSingular).midpoint() });
}

export type TapTarget = Selection | null;

/** What a tap selected: a node, an edge, or nothing (the background). */
export function tapTarget(event: EventObject): TapTarget {
  const target = event.target as Core | { isNode(): boolean; isEdge(): boolean; id(): string };
  if (target === event.cy) return null;
  const ele = target as { isNode(): boolean; id(): string };
  return { kind: ele.isNode() ? 'node' : 'edge', id: ele.id() };
}
