import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/model/schema';
import { smallGraph } from '../fixtures/smallGraph';

describe('fixtures', () => {
  it('small-graph.json (for ?graph= in development) is the small fixture graph and passes the schema', () => {
    const path = new URL('../fixtures/small-graph.json', import.meta.url);
    expect(parseGraph(readFileSync(path, 'utf8'), 'small-graph.json')).toEqual(smallGraph);
  });
});
