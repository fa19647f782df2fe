import { describe, expect, it } from 'vitest';
import { buildEdgeModel, edgeIndices, edgeModelOf, visibleMask } from '../../../../src/app/canvas/edges/edgeModel';
import { edgeWidth } from '../../../../src/app/canvas/elements';
import { CONFLICT_COLOUR_BIG, LINE_OUTLINE_WIDTH } from '../../../../src/app/canvas/stylesheet';
import { domainInfo } from '../../../../src/model/vocabulary';
import { smallGraph } from '../../../fixtures/smallGraph';

const model = buildEdgeModel(smallGraph);
const at = (id: string) => model.edgeIndex.get(id)!;

describe('buildEdgeModel', () => {
  it('indexes every edge and its two ends', () => {
    expect(model.edgeIds).toEqual(smallGraph.edges.map((e) => e.id));
    smallGraph.edges.forEach((e, i) => {
      expect(model.nodeIds[model.source[i]!]).toBe(e.source);
      expect(model.nodeIds[model.target[i]!]).toBe(e.target);
    });
  });
  it('styles an edge as the big-graph stylesheet does: first domain colour, width from the evidence, conflict in black', () => {
    // e1: France–Germany agreement, defence + industry, one sentence.
    expect(model.styles[model.line[at('e1')]!]).toEqual({ colour: domainInfo('defence').colour, width: edgeWidth(1) });
    // e8: Russia–Ukraine conflict, three sentences.
    expect(model.styles[model.line[at('e8')]!]).toEqual({ colour: CONFLICT_COLOUR_BIG, width: edgeWidth(3) });
  });
  it('outlines an edge in several domains in its second domain colour, wider by the outline on both sides', () => {
    expect(model.styles[model.outline[at('e1')]!]).toEqual({ colour: domainInfo('industry').colour, width: edgeWidth(1) + 2 * LINE_OUTLINE_WIDTH });
    expect(model.outline[at('e3')]).toBe(-1);
  });
  it('shares one style between edges that look alike', () => {
    expect(model.line[at('e3')]).toBe(model.line[at('e4')]);
    expect(new Set(model.styles.map((s) => `${s.colour}/${s.width}`)).size).toBe(model.styles.length);
  });
  it('is memoised per graph', () => {
    expect(edgeModelOf(smallGraph)).toBe(edgeModelOf(smallGraph));
  });
});

describe('visibleMask and edgeIndices', () => {
  it('marks the visible edges and maps ids to indices, skipping unknown ids', () => {
    const mask = visibleMask(model, new Set(['e2', 'e5', 'nope']));
    expect([...mask].flatMap((v, i) => (v ? [model.edgeIds[i]] : []))).toEqual(['e2', 'e5']);
    expect(edgeIndices(model, ['e3', 'nope'])).toEqual(new Set([at('e3')]));
  });
});
