import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../../src/builder/util/sortSmall';

describe('sortSmall', () => {
  it('orders like Array.prototype.sort, stably, short and long arrays alike', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), (keys) => {
        const items = keys.map((key, order) => ({ key, order }));
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });

  it('sorts in place and returns the same array', () => {
    const items = [3, 1, 2];
    expect(sortSmall(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
