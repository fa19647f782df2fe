import { useLayoutEffect, type RefObject } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { selectGraph, selectSelection, useVisible } from '../../store/selectors';
import type { EdgeLayer } from '../edges/edgeLayer';
import { graphNeighbourhood } from '../graphNeighbourhood';

/**
 * Store → edge layer (big graphs): the visible edges and the selection's emphasis. Layout effects, so the edges
 * are redrawn in the same frame as the rest of the change.
 */
export function EdgeLayerController({ layer, canvas }: { layer: EdgeLayer; canvas: RefObject<HTMLCanvasElement | null> }) {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  const visible = useVisible();

  useLayoutEffect(() => (canvas.current ? layer.attach(canvas.current) : undefined), [layer, canvas]);
  useLayoutEffect(() => {
    if (visible) layer.setVisible(visible.edgeIds);
  }, [layer, visible]);
  useLayoutEffect(() => {
    layer.setSelection(selection, selection && graph ? graphNeighbourhood(graph, selection) : null);
  }, [layer, graph, selection]);
  return null;
}
