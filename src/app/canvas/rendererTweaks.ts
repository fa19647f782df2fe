/**
 * Tweaks to cytoscape's canvas renderer that no public option reaches, each guarded so that a cytoscape without
 * the internal it expects is left as it is.
 */
import type { Core } from 'cytoscape';

interface LayeredTextureCache {
  getLayers: (...args: unknown[]) => unknown;
}

interface CanvasRendererInternals {
  data?: { lyrTxrCache?: LayeredTextureCache };
}

/**
 * Turns off the layered texture cache, so every frame draws the elements (edges directly, nodes from their cached
 * textures) instead of first painting all of them into big offscreen layer canvases. Why: on a 2,000-node /
 * 10,000-edge graph in software rendering, building the layers took ~1 s of the first frame, and a filter change
 * invalidates them anyway. Returns whether the cache was found.
 */
export function skipLayeredTextures(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer?: () => CanvasRendererInternals | undefined }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (!cache || typeof cache.getLayers !== 'function') return false;
  // drawLayeredElements falls back on drawing the elements one by one when there are no layers.
  cache.getLayers = () => null;
  return true;
}
