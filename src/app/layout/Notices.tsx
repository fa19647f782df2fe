import { useActions, useAppState } from '../store/StoreProvider';
import type { AppStore } from '../store/types';

const selectNotices = (s: AppStore) => s.notices;
const selectLoadError = (s: AppStore) => s.loadError;

/** Load errors and ignored URL values, announced as alerts; notices can be dismissed. */
export function Notices() {
  const notices = useAppState(selectNotices);
  const loadError = useAppState(selectLoadError);
  const { dismissNotice } = useActions();
  return (
    <>
      {loadError && (
        <div role="alert" className="error">
          {loadError}
        </div>
      )}
      {notices.map((notice, i) => (
        <div role="alert" className="notice" key={`${i}-${notice}`}>
          <span>{notice}</span>
          <button type="button" onClick={() => dismissNotice(i)} aria-label={`Dismiss: ${notice}`}>
            ×
          </button>
        </div>
      ))}
    </>
  );
}
