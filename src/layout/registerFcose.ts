/** The fcose extension, registered once; in the browser it loads on demand (it is only needed to run a layout). */
import cytoscape, { type Ext } from 'cytoscape';

let registered = false;

/** Registers fcose once (cytoscape warns when an extension is registered twice). */
export function registerFcose(fcose: Ext): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** Loads and registers fcose; resolves at once when it is registered already. */
export async function loadFcose(): Promise<void> {
  if (registered) return;
  registerFcose((await import('cytoscape-fcose')).default);
}
