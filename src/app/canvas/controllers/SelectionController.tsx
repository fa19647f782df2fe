import type { Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import { useActions, useAppState } from '../../store/StoreProvider';
import { selectGraph, selectSelection } from '../../store/selectors';
import { applySelection, focusOn, tapTarget } from '../cyOperations';
import type { EdgeLayer } from '../edges/edgeLayer';
import { graphNeighbourhood } from '../graphNeighbourhood';

const selectFocusRequest = (s: { focusRequest: number }) => s.focusRequest;

/**
 * Store selection ↔ canvas: taps select, the store's selection is highlighted, a search pick is centred. With an
 * edge layer (big graphs), a tap on cytoscape's background asks the layer for the edge under it, and the
 * neighbourhood comes from the graph (its edges are not cytoscape elements).
 */
export function SelectionController({ cy, edges = null }: { cy: Core; edges?: EdgeLayer | null }) {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  const focusRequest = useAppState(selectFocusRequest);
  const { select } = useActions();

  useEffect(() => {
    const onTap = (event: cytoscape.EventObject) => {
      const target = tapTarget(event);
      const edgeId = !target && edges && event.renderedPosition ? edges.edgeIdAt(event.renderedPosition) : null;
      select(edgeId ? { kind: 'edge', id: edgeId } : target);
    };
    cy.on('tap', onTap);
    return () => {
      cy.off('tap', onTap);
    };
  }, [cy, select, edges]);

  const hood = useMemo(() => (edges && graph && selection ? graphNeighbourhood(graph, selection) : undefined), [edges, graph, selection]);
  useEffect(() => applySelection(cy, selection, hood), [cy, selection, hood]);

  useEffect(() => {
    if (focusRequest > 0 && selection) focusOn(cy, selection.id, hood);
    // Only a new focus request moves the view; selecting by click does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, focusRequest]);

  return null;
}
