import { useState } from 'react';
import { SPEEDS } from '../store/initialState';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectFilters, useGraphIndex, useVisible } from '../store/selectors';
import type { AppStore, PlayMode } from '../store/types';
import { YearHistogram } from './YearHistogram';

const selectPlayback = (s: AppStore) => s.playing;
const selectPlayMode = (s: AppStore) => s.playMode;
const selectSpeed = (s: AppStore) => s.speedMs;

/** A year input that commits whole years only, so typing "2" on the way to "2019" does not filter. */
function YearInput({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (year: number) => void }) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The store moved the year (playback, reset, URL): show it (React's "adjust state on prop change" pattern).
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const year = Number(e.target.value);
          if (/^\d{4}$/.test(e.target.value) && year >= min && year <= max) onCommit(year);
        }}
        onBlur={() => setText(String(value))}
      />
    </label>
  );
}

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
            <YearInput label="From year" value={years?.from ?? bounds.from} min={bounds.from} max={bounds.to} onCommit={(from) => setYears({ from, to: years?.to ?? bounds.to })} />
            <YearInput label="To year" value={years?.to ?? bounds.to} min={bounds.from} max={bounds.to} onCommit={(to) => setYears({ from: Math.min(years?.from ?? bounds.from, to), to })} />
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
