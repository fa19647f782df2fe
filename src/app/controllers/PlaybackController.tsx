import { useEffect } from 'react';
import { useActions, useAppState } from '../store/StoreProvider';
import type { AppStore } from '../store/types';

const selectPlaying = (s: AppStore) => s.playing;
const selectSpeed = (s: AppStore) => s.speedMs;

/** While playing, steps the year range at the chosen speed. */
export function PlaybackController() {
  const playing = useAppState(selectPlaying);
  const speedMs = useAppState(selectSpeed);
  const { stepPlayback } = useActions();
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(stepPlayback, speedMs);
    return () => clearInterval(timer);
  }, [playing, speedMs, stepPlayback]);
  return null;
}
