import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useVisible } from '../../store/selectors';
import { applyVisibility } from '../cyOperations';

/** Filters → element visibility, in one batch per change. */
export function VisibilityController({ cy }: { cy: Core }) {
  const visible = useVisible();
  useEffect(() => {
    if (visible) applyVisibility(cy, visible);
  }, [cy, visible]);
  return null;
}
