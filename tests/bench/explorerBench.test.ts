import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSizes, summarise } from '../../bench/explorer';

describe('summarise', () => {
  it('gives the median of an odd and an even number of values, with min and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarise([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, n: 4 });
  });
});

describe('chunkSizes', () => {
  it('counts as first load what index.html loads and what that imports statically, not dynamic imports', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" href="/assets/vendor-b.js">');
    writeFileSync(join(dist, 'assets/index-a.js'), 'import{x as y}from"./shared-d.js";const c=()=>import("./lazy-c.js");');
    writeFileSync(join(dist, 'assets/vendor-b.js'), 'export const b=1;');
    writeFileSync(join(dist, 'assets/lazy-c.js'), 'export default 1;'.repeat(50));
    writeFileSync(join(dist, 'assets/shared-d.js'), 'export const x=1;');
    const chunks = chunkSizes(dist);
    expect(Object.fromEntries(chunks.map((c) => [c.file, c.eager]))).toEqual({ 'index-a.js': true, 'vendor-b.js': true, 'lazy-c.js': false, 'shared-d.js': true });
    const lazy = chunks.find((c) => c.file === 'lazy-c.js')!;
    expect(lazy.bytes).toBe(17 * 50);
    expect(lazy.gzipBytes).toBeGreaterThan(0);
    expect(lazy.gzipBytes).toBeLessThan(lazy.bytes);
  });
});
