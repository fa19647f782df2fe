/** Loading a graph file from a URL or from disk, validated with the shared schema. Errors name the file. */
import { GraphFormatError, parseGraph, type Graph } from '../../model/schema';
import type { AppStoreApi } from '../store/createAppStore';

/** The default graph, served by the dev server and copied into `dist/` by the build. */
export const DEFAULT_GRAPH_URL = './graph.json';

/** Turns whatever went wrong into one sentence naming the file. */
export function describeLoadError(where: string, err: unknown): string {
  if (err instanceof GraphFormatError) return `Could not open ${where}: it is not a valid graph file. ${err.problems.join('; ')}.`;
  return `Could not open ${where}: ${err instanceof Error ? err.message : String(err)}.`;
}

export async function fetchGraph(url: string, fetcher: typeof fetch = fetch): Promise<Graph> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (err) {
    throw new Error(`the request failed (${(err as Error).message})`, { cause: err });
  }
  if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return parseGraph(await response.text(), url);
}

/** Loads from a URL into the store; never throws. */
export async function loadGraphFromUrl(store: AppStoreApi, url: string, fetcher?: typeof fetch): Promise<void> {
  const { actions } = store.getState();
  actions.loadStarted(url);
  try {
    actions.graphLoaded(await fetchGraph(url, fetcher), url, url === DEFAULT_GRAPH_URL ? null : url);
  } catch (err) {
    actions.graphFailed(describeLoadError(url, err));
  }
}

/** A file's text; FileReader where `Blob.text` is missing (older engines, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/** Loads a file the user picked; never throws. */
export async function loadGraphFromFile(store: AppStoreApi, file: File): Promise<void> {
  const { actions } = store.getState();
  actions.loadStarted(file.name);
  try {
    actions.graphLoaded(parseGraph(await readText(file), file.name), file.name);
  } catch (err) {
    actions.graphFailed(describeLoadError(file.name, err));
  }
}
