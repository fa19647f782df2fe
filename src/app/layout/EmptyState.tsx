import { useActions } from '../store/StoreProvider';

/** Shown instead of the view when no relationship passes the filters. */
export function EmptyState() {
  const { resetFilters } = useActions();
  return (
    <div className="empty-state">
      <p>No relationships match these filters.</p>
      <button type="button" onClick={resetFilters}>
        Reset filters
      </button>
    </div>
  );
}
