import { useVisible } from '../store/selectors';

/** "Showing X of Y relationships and A of B actors", updated on every filter change. */
export function StatusLine() {
  const visible = useVisible();
  if (!visible) return <p role="status" className="status-line" />;
  return (
    <p role="status" className="status-line">
      Showing {visible.edgeIds.size} of {visible.totalEdges} relationships and {visible.nodeIds.size} of {visible.totalNodes} actors
    </p>
  );
}
