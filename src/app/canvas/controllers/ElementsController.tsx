import type { Core, ElementDefinition } from 'cytoscape';
import { useLayoutEffect } from 'react';
import { replaceElements } from '../cyOperations';

/**
 * Puts the graph's elements into cytoscape, once per elements array. A layout effect, so it runs before the other
 * controllers' effects (visibility, layout, selection), which expect the elements to be there.
 */
export function ElementsController({ cy, elements }: { cy: Core; elements: readonly ElementDefinition[] }) {
  useLayoutEffect(() => replaceElements(cy, elements), [cy, elements]);
  return null;
}
