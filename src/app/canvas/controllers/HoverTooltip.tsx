import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { useLookup } from '../../store/selectors';

interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** Hover → a tooltip with the node label, or `Source — Target · relation · year` for an edge. */
export function HoverTooltip({ cy }: { cy: Core }) {
  const lookup = useLookup();
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    if (!lookup) return;
    const show = (event: EventObject) => {
      const id = event.target.id() as string;
      const pos = event.renderedPosition ?? { x: 0, y: 0 };
      const node = lookup.nodeById.get(id);
      if (node) return setTip({ text: node.label, x: pos.x, y: pos.y });
      const edge = lookup.edgeById.get(id);
      if (!edge) return;
      const label = (nodeId: string) => lookup.nodeById.get(nodeId)?.label ?? nodeId;
      setTip({ text: `${label(edge.source)} — ${label(edge.target)} · ${edge.relation} · ${edge.year ?? 'undated'}`, x: pos.x, y: pos.y });
    };
    const hide = () => setTip(null);
    cy.on('mouseover', 'node, edge', show);
    cy.on('mouseout', 'node, edge', hide);
    cy.on('viewport', hide);
    return () => {
      cy.off('mouseover', 'node, edge', show);
      cy.off('mouseout', 'node, edge', hide);
      cy.off('viewport', hide);
    };
  }, [cy, lookup]);

  if (!tip) return null;
  return (
    <div role="tooltip" className="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
      {tip.text}
    </div>
  );
}
