import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { skipLayeredTextures } from '../../../src/app/canvas/rendererTweaks';

describe('skipLayeredTextures', () => {
  it('makes the layered texture cache return no layers, so the renderer draws elements one by one', () => {
    const cache = { getLayers: () => ['a layer'] };
    const cy = { renderer: () => ({ data: { lyrTxrCache: cache } }) } as unknown as Core;
    expect(skipLayeredTextures(cy)).toBe(true);
    expect(cache.getLayers()).toBeNull();
  });
  it('leaves a renderer without that cache alone (a headless instance)', () => {
    const cy = cytoscape({ headless: true });
    expect(skipLayeredTextures(cy)).toBe(false);
  });
  it('relies on internals the installed cytoscape still has (a canvas renderer needs a DOM, so read its source)', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
    expect(source).toMatch(/r\.data\.lyrTxrCache = new LayeredTextureCache\(r\)/);
    // With no layers, drawLayeredElements draws the elements one by one.
    expect(source).toMatch(/var layers = r\.data\.lyrTxrCache\.getLayers\(eles, pxRatio\);\s*if \(layers\) \{[\s\S]{0,400}\} else \{\s*\/\/ fall back on plain caching if no layers\s*r\.drawCachedElements\(/);
  });
});
