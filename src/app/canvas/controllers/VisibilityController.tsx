import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Visible } from '../../../model/filters';
import type { Graph } from '../../../model/schema';
import { useAppState } from '../../store/StoreProvider';
import { selectGraph, useVisible } from '../../store/selectors';
import { applyVisibility } from '../cyOperations';

/**
 * Filters → element visibility, in one batch per change, touching only what changed since the last one. Without
 * `edges` (big graphs) only nodes are cytoscape elements: the edge layer shows the visible edges.
 */
export function VisibilityController({ cy, edges = true }: { cy: Core; edges?: boolean }) {
  const graph = useAppState(selectGraph);
  const visible = useVisible();
  const applied = useRef<{ cy: Core; graph: Graph; visible: Visible } | null>(null);
  useEffect(() => {
    if (!visible || !graph) return;
    const last = applied.current;
    applyVisibility(cy, visible, last && last.cy === cy && last.graph === graph ? last.visible : undefined, { edges });
    applied.current = { cy, graph, visible };
  }, [cy, graph, visible, edges]);
  return null;
}
