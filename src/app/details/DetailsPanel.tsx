import { useAppState } from '../store/StoreProvider';
import { selectSelection, useLookup } from '../store/selectors';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

/** The details of the selected actor or relationship. */
export function DetailsPanel() {
  const selection = useAppState(selectSelection);
  const lookup = useLookup();
  const node = selection?.kind === 'node' ? lookup?.nodeById.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? lookup?.edgeById.get(selection.id) : undefined;
  return (
    <section className="details" aria-label="Details">
      {node ? <NodeDetails node={node} /> : edge ? <EdgeDetails edge={edge} /> : <p>Select an actor or a relationship, on the graph, in the table or with the search, to see its details and evidence.</p>}
    </section>
  );
}
