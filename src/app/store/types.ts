/** The explorer's store: state and actions typed apart, one slice per concern. */
import type { Filters, YearRange } from '../../model/filters';
import type { Graph } from '../../model/schema';
import type { UrlState } from '../../model/urlState';
import type { LayoutName, Selection, ViewName } from '../../model/viewState';
import type { Domain, NodeType, RelationType } from '../../model/vocabulary';

export interface GraphSlice {
  readonly graph: Graph | null;
  /** Where the graph comes from (URL or file name), as named in messages. */
  readonly graphSource: string | null;
  /** The `?graph=` URL the graph came from; null for the default graph and for a file from disk. */
  readonly graphUrl: string | null;
  readonly loadStatus: 'idle' | 'loading' | 'ready' | 'error';
  readonly loadError: string | null;
}

export interface FiltersSlice {
  readonly filters: Filters;
}

export interface SelectionSlice {
  readonly selection: Selection | null;
  /** Bumped when the canvas should centre on the selection (a search pick), not on every selection. */
  readonly focusRequest: number;
}

export interface ViewSlice {
  readonly view: ViewName;
  readonly layout: LayoutName;
  /** Bumped by "Re-layout" and by a layout change; the layout controller runs the layout when it changes. */
  readonly layoutRun: number;
}

export const PLAY_MODES = ['only', 'upTo'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

export interface PlaybackSlice {
  readonly playing: boolean;
  readonly playMode: PlayMode;
  /** Milliseconds per year step. */
  readonly speedMs: number;
}

export interface NoticesSlice {
  /** Things the user should know that did not stop the app (ignored URL values, unknown selection). */
  readonly notices: readonly string[];
}

export type AppState = GraphSlice & FiltersSlice & SelectionSlice & ViewSlice & PlaybackSlice & NoticesSlice;

export interface AppActions {
  loadStarted(source: string): void;
  graphLoaded(graph: Graph, source: string, url?: string | null): void;
  graphFailed(message: string): void;
  setDomain(domain: Domain, on: boolean): void;
  setAllDomains(on: boolean): void;
  setYears(years: YearRange | null): void;
  setRelation(relation: RelationType, on: boolean): void;
  setNodeType(type: NodeType, on: boolean): void;
  setMinEvidence(value: number): void;
  setHideIsolated(on: boolean): void;
  resetFilters(): void;
  select(selection: Selection | null, options?: { focus?: boolean }): void;
  setView(view: ViewName): void;
  setLayout(layout: LayoutName): void;
  relayout(): void;
  play(): void;
  pause(): void;
  stepPlayback(): void;
  setPlayMode(mode: PlayMode): void;
  setSpeed(ms: number): void;
  applyUrlState(url: UrlState, notices: readonly string[]): void;
  dismissNotice(index: number): void;
}

export interface AppStore extends AppState {
  readonly actions: AppActions;
}
