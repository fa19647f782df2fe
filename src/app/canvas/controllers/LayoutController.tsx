import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { fitViewport } from '../../../layout/fitViewport';
import { layoutOptions, spreadFactor } from '../../../layout/layoutOptions';
import { labelExtent } from '../../../layout/nodeSizes';
import { loadFcose } from '../../../layout/registerFcose';
import type { Graph } from '../../../model/schema';
import type { LayoutName } from '../../../model/viewState';
import { useAppState } from '../../store/StoreProvider';
import type { AppStore } from '../../store/types';
import { hasPositions } from '../elements';
import { LABEL_LIMIT } from '../stylesheet';

const selectLayoutRun = (s: AppStore) => s.layoutRun;
const selectLayout = (s: AppStore) => s.layout;

/** Room around the fitted graph, in px. */
const FIT_PADDING = 24;

/** Gives a packed layout room (see `spreadFactor`), scaling positions about the centre. */
function spreadOut(cy: Core, nodeCount: number): void {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const k = spreadFactor(box.w, box.h, nodeCount);
  if (k === 1) return;
  const cx = box.x1 + box.w / 2;
  const cyCentre = box.y1 + box.h / 2;
  cy.batch(() => cy.nodes().positions((n) => ({ x: cx + (n.position('x') - cx) * k, y: cyCentre + (n.position('y') - cyCentre) * k })));
}

/**
 * Fits the view on the nodes' positions, sizes and (when drawn) estimated labels, without asking cytoscape for
 * bounding boxes (see fitViewport), so no label is clipped at the edge of the first view.
 */
function fitOnPositions(cy: Core): void {
  const labels = cy.nodes().length <= LABEL_LIMIT;
  const placed = cy.nodes().map((n) => ({
    ...n.position(),
    size: Number(n.data('size')) || 0,
    ...(labels ? { label: labelExtent(String(n.data('label') ?? '')) } : {}),
  }));
  const viewport = fitViewport(placed, cy.width(), cy.height(), FIT_PADDING, { min: cy.minZoom(), max: cy.maxZoom() });
  if (viewport) cy.viewport(viewport);
  else cy.fit(undefined, FIT_PADDING);
}

/**
 * Runs a layout on the nodes. When cytoscape holds no edges (a big graph: the edge layer draws them) it runs on a
 * headless copy that has the graph's edges — a force or degree layout needs them — and copies the positions back.
 */
function runLayout(cy: Core, graph: Graph, layout: LayoutName): void {
  const options = layoutOptions(layout, graph.nodes.length);
  if (cy.edges().nonempty() || graph.edges.length === 0) {
    cy.elements().layout(options).run();
    return;
  }
  const elements: ElementDefinition[] = [
    ...cy.nodes().map((n) => ({ group: 'nodes' as const, data: { id: n.id(), size: n.data('size') }, position: { ...n.position() } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ];
  const copy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }], elements });
  try {
    copy.layout(options).run();
    cy.batch(() => cy.nodes().positions((n) => ({ ...copy.getElementById(n.id()).position() })));
  } finally {
    copy.destroy();
  }
}

/**
 * Runs a layout only when asked: once on load for a graph without precomputed positions, then on "Re-layout"
 * or a layout change. Filtering never moves a node.
 */
export function LayoutController({ cy, graph }: { cy: Core; graph: Graph }) {
  const layoutRun = useAppState(selectLayoutRun);
  const layout = useAppState(selectLayout);
  // What was last laid out; set only once a layout has run, so a cancelled run (StrictMode) is redone.
  const done = useRef<{ graph: Graph; layoutRun: number } | null>(null);

  useEffect(() => {
    const newGraph = done.current?.graph !== graph;
    if (!newGraph && done.current?.layoutRun === layoutRun) return;
    if (newGraph && hasPositions(graph) && layout === 'force') {
      done.current = { graph, layoutRun };
      fitOnPositions(cy);
      return;
    }
    let cancelled = false;
    const run = () => {
      if (cancelled || cy.destroyed()) return;
      done.current = { graph, layoutRun };
      runLayout(cy, graph, layout);
      spreadOut(cy, graph.nodes.length);
      fitOnPositions(cy);
    };
    if (layout === 'force') void loadFcose().then(run);
    else run();
    return () => {
      cancelled = true;
    };
  }, [cy, graph, layoutRun, layout]);

  return null;
}
