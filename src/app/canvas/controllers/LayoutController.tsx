import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { layoutOptions, registerLayouts, spreadFactor } from '../../../layout/layoutOptions';
import type { Graph } from '../../../model/schema';
import { useAppState } from '../../store/StoreProvider';
import type { AppStore } from '../../store/types';
import { hasPositions } from '../elements';

const selectLayoutRun = (s: AppStore) => s.layoutRun;
const selectLayout = (s: AppStore) => s.layout;

/** Gives a packed layout room (see `spreadFactor`), scaling positions about the centre, then fits the view. */
function spreadOut(cy: Core, nodeCount: number): void {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const k = spreadFactor(box.w, box.h, nodeCount);
  if (k === 1) return;
  const cx = box.x1 + box.w / 2;
  const cyCentre = box.y1 + box.h / 2;
  cy.batch(() => cy.nodes().positions((n) => ({ x: cx + (n.position('x') - cx) * k, y: cyCentre + (n.position('y') - cyCentre) * k })));
  cy.fit(undefined, 30);
}

/**
 * Runs a layout only when asked: once on load for a graph without precomputed positions, then on "Re-layout"
 * or a layout change. Filtering never moves a node.
 */
export function LayoutController({ cy, graph }: { cy: Core; graph: Graph }) {
  const layoutRun = useAppState(selectLayoutRun);
  const layout = useAppState(selectLayout);
  const laidOut = useRef<Graph | null>(null);

  useEffect(() => {
    const first = laidOut.current !== graph;
    laidOut.current = graph;
    if (first && hasPositions(graph) && layout === 'force') {
      cy.fit(undefined, 30);
      return;
    }
    registerLayouts();
    cy.elements().layout(layoutOptions(layout, graph.nodes.length)).run();
    spreadOut(cy, graph.nodes.length);
    // layoutRun is the trigger: "Re-layout" bumps it without changing the layout.
  }, [cy, graph, layoutRun, layout]);

  return null;
}
