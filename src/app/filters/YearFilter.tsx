import { SPEEDS } from '../store/initialState';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectFilters, useGraphIndex, useVisible } from '../store/selectors';
import type { AppStore, PlayMode } from '../store/types';
import { NumberField } from './NumberField';
import { YearHistogram } from './YearHistogram';

const selectPlayback = (s: AppStore) => s.playing;
const selectPlayMode = (s: AppStore) => s.playMode;
const selectSpeed = (s: AppStore) => s.speedMs;

const isYear = (text: string) => /^\d{4}$/.test(text);

/** The year range, its histogram, and playback through the years. */
export function YearFilter() {
  const { years } = useAppState(selectFilters);
  const index = useGraphIndex();
  const visible = useVisible();
  const playing = useAppState(selectPlayback);
  const playMode = useAppState(selectPlayMode);
  const speedMs = useAppState(selectSpeed);
  const { setYears, play, pause, setPlayMode, setSpeed } = useActions();
  const bounds = index?.yearBounds;

  return (
    <fieldset>
      <legend>Years</legend>
      {!bounds ? (
        <p>No relationship in this graph has a year.</p>
      ) : (
        <>
          <div className="row">
            <NumberField accept={isYear} label="From year" value={years?.from ?? bounds.from} min={bounds.from} max={bounds.to} onCommit={(from) => setYears({ from, to: years?.to ?? bounds.to })} />
            <NumberField accept={isYear} label="To year" value={years?.to ?? bounds.to} min={bounds.from} max={bounds.to} onCommit={(to) => setYears({ from: Math.min(years?.from ?? bounds.from, to), to })} />
          </div>
          {visible && <YearHistogram bins={visible.yearHistogram} range={years} />}
          <div className="row">
            <button type="button" onClick={playing ? pause : play}>
              {playing ? 'Pause' : 'Play'}
            </button>
            <label>
              Playback{' '}
              <select value={playMode} onChange={(e) => setPlayMode(e.target.value as PlayMode)}>
                <option value="only">Only that year</option>
                <option value="upTo">Up to that year</option>
              </select>
            </label>
            <label>
              Speed{' '}
              <select value={speedMs} onChange={(e) => setSpeed(Number(e.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s.ms} value={s.ms}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {!years && <p className="hint">All years, undated relationships included.</p>}
        </>
      )}
    </fieldset>
  );
}
