/**
 * The network view: react-cytoscapejs with a memoised stylesheet, no layout prop, and renderless controllers that
 * each sync one thing. Loaded lazily: cytoscape is the heaviest dependency.
 *
 * Elements are added through the `cy` instance in one batch (see `replaceElements`), and react-cytoscapejs gets an
 * empty, stable `elements` array: its `elements` prop is diffed element by element on every render of this
 * component (12,000 shallow diffs at 2,000 nodes / 10,000 edges, on top of copying them in on mount).
 *
 * A big graph (more than BIG_GRAPH_EDGES edges) gives cytoscape only its nodes: its edges are drawn on a canvas
 * under cytoscape's by the edge layer (edges/edgeLayer.ts), in a few batched strokes, which also answers hover and
 * tap hit tests and paints the edges into PNG exports.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectVisible } from '../../model/filters';
import { selectGraph } from '../store/selectors';
import type { AppStore } from '../store/types';
import { EdgeLayerController } from './controllers/EdgeLayerController';
import { ElementsController } from './controllers/ElementsController';
import { HoverTooltip } from './controllers/HoverTooltip';
import { LayoutController } from './controllers/LayoutController';
import { SelectionController } from './controllers/SelectionController';
import { VisibilityController } from './controllers/VisibilityController';
import { EdgeLayer } from './edges/edgeLayer';
import { edgeModelOf } from './edges/edgeModel';
import { buildElements } from './elements';
import { Legend } from './Legend';
import { skipLayeredTextures } from './rendererTweaks';
import { BIG_GRAPH_EDGES, LABEL_LIMIT, stylesheetFor } from './stylesheet';

/**
 * Whether every node's label is drawn: a boolean, so a filter change re-renders this component (and makes
 * react-cytoscapejs walk all 12,000 elements) only when the count crosses the limit.
 */
const selectShowLabels = (s: AppStore): boolean => !s.graph || selectVisible(s.graph, s.filters).nodeIds.size <= LABEL_LIMIT;

const FULL_SIZE = { width: '100%', height: '100%' } as const;
/** What react-cytoscapejs manages: nothing (the same array every render, so its diff is empty). */
const NO_ELEMENTS: ElementDefinition[] = [];
const PAN_STEP = 60;

export interface GraphCanvasProps {
  /** Hands the cytoscape instance up once (export needs it). */
  readonly onCy?: (cy: Core | null) => void;
}

export default function GraphCanvas({ onCy }: GraphCanvasProps) {
  const graph = useAppState(selectGraph);
  const labels = useAppState(selectShowLabels);
  const { select } = useActions();
  const [cy, setCy] = useState<Core | null>(null);
  const cyRef = useRef<Core | null>(null);
  const edgeCanvas = useRef<HTMLCanvasElement | null>(null);

  const big = (graph?.edges.length ?? 0) > BIG_GRAPH_EDGES;
  const elements = useMemo(() => (graph ? buildElements(graph, { edges: !big }) : []), [graph, big]);
  const stylesheet = stylesheetFor({ labels, big });
  const edgeLayer = useMemo(() => (cy && graph && big ? new EdgeLayer(cy, edgeModelOf(graph)) : null), [cy, graph, big]);
  const edgeAt = useMemo(() => (edgeLayer ? (p: { x: number; y: number }) => edgeLayer.edgeIdAt(p) : undefined), [edgeLayer]);

  // react-cytoscapejs calls this after every patch; only a new instance is news.
  const handleCy = useCallback(
    (instance: Core) => {
      if (cyRef.current === instance) return;
      cyRef.current = instance;
      if (big) skipLayeredTextures(instance);
      setCy(instance);
      onCy?.(instance);
    },
    [onCy, big],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const pan: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (pan[event.key]) cy.panBy({ x: pan[event.key]![0], y: pan[event.key]![1] });
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (event.key === '0') cy.fit(cy.elements(':visible'), 30);
    else if (event.key === 'Escape') select(null);
    else return;
    event.preventDefault();
  };

  if (!graph) return null;
  return (
    <div className="canvas-wrap">
      <div className="canvas" role="application" aria-label="Network graph" aria-describedby="canvas-hint" tabIndex={0} onKeyDown={onKeyDown}>
        {big && <canvas ref={edgeCanvas} className="edge-layer" aria-hidden="true" />}
        <CytoscapeComponent
          elements={NO_ELEMENTS}
          stylesheet={stylesheet}
          cy={handleCy}
          style={FULL_SIZE}
          minZoom={0.05}
          maxZoom={6}
          boxSelectionEnabled={false}
          textureOnViewport={big}
          hideEdgesOnViewport={big}
          pixelRatio={big ? 1 : 'auto'}
        />
        {cy && (
          <>
            <ElementsController cy={cy} elements={elements} />
            {edgeLayer && <EdgeLayerController layer={edgeLayer} canvas={edgeCanvas} />}
            <VisibilityController cy={cy} edges={!big} />
            <SelectionController cy={cy} edges={edgeLayer} />
            <LayoutController cy={cy} graph={graph} />
            <HoverTooltip cy={cy} edgeAt={edgeAt} />
          </>
        )}
      </div>
      <div className="canvas-footer">
        <p id="canvas-hint" className="hint">
          Drag to pan, scroll to zoom, click an actor or relationship for its details. Keyboard: arrows pan, + and − zoom, 0 fits, Escape clears the
          selection. The Table tab lists the same relationships.
        </p>
        <Legend simplified={big} />
      </div>
    </div>
  );
}
