import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useActions, useAppState } from '../../store/StoreProvider';
import { selectSelection } from '../../store/selectors';
import { applySelection, focusOn, tapTarget } from '../cyOperations';

const selectFocusRequest = (s: { focusRequest: number }) => s.focusRequest;

/** Store selection ↔ canvas: taps select, the store's selection is highlighted, a search pick is centred. */
export function SelectionController({ cy }: { cy: Core }) {
  const selection = useAppState(selectSelection);
  const focusRequest = useAppState(selectFocusRequest);
  const { select } = useActions();

  useEffect(() => {
    const onTap = (event: cytoscape.EventObject) => select(tapTarget(event));
    cy.on('tap', onTap);
    return () => {
      cy.off('tap', onTap);
    };
  }, [cy, select]);

  useEffect(() => applySelection(cy, selection), [cy, selection]);

  useEffect(() => {
    if (focusRequest > 0 && selection) focusOn(cy, selection.id);
    // Only a new focus request moves the view; selecting by click does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, focusRequest]);

  return null;
}
