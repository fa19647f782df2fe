import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { useLookup, type Lookup } from '../../store/selectors';

interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

type Point = { x: number; y: number };

/** The node's label, or `Source — Target · relation · year` for an edge; null for an unknown id. */
function tipText(lookup: Lookup, id: string): string | null {
  const node = lookup.nodeById.get(id);
  if (node) return node.label;
  const edge = lookup.edgeById.get(id);
  if (!edge) return null;
  const label = (nodeId: string) => lookup.nodeById.get(nodeId)?.label ?? nodeId;
  return `${label(edge.source)} — ${label(edge.target)} · ${edge.relation} · ${edge.year ?? 'undated'}`;
}

/**
 * Hover → a tooltip naming the node or edge under the pointer. `edgeAt` (big graphs, whose edges the edge layer
 * draws) names the edge under a rendered position when the pointer is over no node.
 */
export function HoverTooltip({ cy, edgeAt }: { cy: Core; edgeAt?: (rendered: Point) => string | null }) {
  const lookup = useLookup();
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    if (!lookup) return;
    const showAt = (id: string, pos: Point = { x: 0, y: 0 }) => {
      const text = tipText(lookup, id);
      if (text) setTip({ text, x: pos.x, y: pos.y });
    };
    const show = (event: EventObject) => showAt(event.target.id() as string, event.renderedPosition);
    const hide = () => setTip(null);
    let edgeShown: string | null = null;
    const onBackground = (event: EventObject) => {
      if (!edgeAt || event.target !== cy || !event.renderedPosition) return;
      const id = edgeAt(event.renderedPosition);
      if (id === edgeShown) return;
      edgeShown = id;
      if (id) showAt(id, event.renderedPosition);
      else hide();
    };
    const forget = () => (edgeShown = null);
    cy.on('mouseover', 'node, edge', show);
    cy.on('mouseout', 'node, edge', hide);
    cy.on('viewport', hide);
    cy.on('mouseover mouseout viewport', forget);
    cy.on('mousemove', onBackground);
    return () => {
      cy.off('mouseover', 'node, edge', show);
      cy.off('mouseout', 'node, edge', hide);
      cy.off('viewport', hide);
      cy.off('mouseover mouseout viewport', forget);
      cy.off('mousemove', onBackground);
    };
  }, [cy, lookup, edgeAt]);

  if (!tip) return null;
  return (
    <div role="tooltip" className="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
      {tip.text}
    </div>
  );
}
