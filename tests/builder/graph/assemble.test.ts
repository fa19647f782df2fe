import { describe, expect, it } from 'vitest';
import { EdgeCollector } from '../../../src/builder/graph/assemble';
import type { RelationCandidate } from '../../../src/builder/relations/extract';
import type { Sentence } from '../../../src/builder/text/segment';
import type { Domain, RelationType } from '../../../src/model/vocabulary';

function sentence(start: number, text = `Sentence at ${start}.`): Sentence {
  return { text, start, end: start + text.length, paragraph: 0, section: 0, toDocument: (p) => start + p };
}

function candidate(source: string, target: string, options: { relation?: RelationType; year?: number | null; domains?: Domain[]; documentId?: string; at?: Sentence } = {}): RelationCandidate {
  return {
    source,
    target,
    relation: options.relation ?? 'cooperation',
    year: options.year === undefined ? 2024 : options.year,
    domains: options.domains ?? ['diplomacy'],
    documentId: options.documentId ?? 'doc-a',
    sentence: options.at ?? sentence(0),
  };
}

describe('EdgeCollector', () => {
  it('merges candidates into one edge per pair, relation and year, whichever way round the pair comes', () => {
    const collector = new EdgeCollector();
    collector.add(candidate('italy', 'japan', { at: sentence(0), domains: ['defence'] }));
    collector.add(candidate('japan', 'italy', { at: sentence(50), domains: ['industry'] }));
    collector.add(candidate('italy', 'japan', { at: sentence(90), relation: 'agreement' }));
    collector.add(candidate('italy', 'japan', { at: sentence(120), year: 2023 }));
    const edges = collector.edgesSorted();
    expect(edges.map((e) => e.id)).toEqual(['italy--japan--agreement--2024', 'italy--japan--cooperation--2023', 'italy--japan--cooperation--2024']);
    const merged = edges[2]!;
    expect(merged.domains).toEqual(['defence', 'industry']);
    expect(merged.weight).toBe(2);
    expect(merged.evidence.map((e) => e.start)).toEqual([0, 50]);
  });

  it('keeps one evidence per sentence, even when a sentence comes back late (a person’s affiliation)', () => {
    const collector = new EdgeCollector();
    const first = sentence(0);
    collector.add(candidate('crosetto', 'italy', { at: first, relation: 'membership' }));
    collector.add(candidate('crosetto', 'italy', { at: first, relation: 'membership' }));
    collector.add(candidate('crosetto', 'italy', { at: sentence(40), relation: 'membership' }));
    collector.add(candidate('crosetto', 'italy', { at: first, relation: 'membership' }));
    collector.add(candidate('crosetto', 'italy', { at: first, relation: 'membership', documentId: 'doc-b' }));
    const [edge] = collector.edgesSorted();
    expect(edge!.evidence.map((e) => `${e.documentId}@${e.start}`)).toEqual(['doc-a@0', 'doc-a@40', 'doc-b@0']);
  });

  it('points an edge the way most readings do, the first reading breaking a tie', () => {
    const collector = new EdgeCollector();
    collector.add(candidate('japan', 'italy', { at: sentence(0) }));
    collector.add(candidate('italy', 'japan', { at: sentence(10) }));
    collector.add(candidate('united-kingdom', 'france', { at: sentence(20) }));
    collector.add(candidate('france', 'united-kingdom', { at: sentence(30) }));
    collector.add(candidate('france', 'united-kingdom', { at: sentence(40) }));
    expect(collector.edgesSorted().map((e) => `${e.source}>${e.target}`)).toEqual(['france>united-kingdom', 'japan>italy']);
  });

  it('orders edges as their ids sort, undated last', () => {
    const collector = new EdgeCollector();
    collector.add(candidate('b-land', 'a-land', { year: null }));
    collector.add(candidate('a-land', 'b-land', { year: 1999, at: sentence(5) }));
    collector.add(candidate('a', 'b-land', { year: 2001, relation: 'tension', at: sentence(9) }));
    collector.add(candidate('a', 'b-land', { year: 2001, relation: 'conflict', at: sentence(12) }));
    const ids = collector.edgesSorted().map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids.at(-1)).toBe('b-land--a-land--cooperation--undated');
  });

  it('keeps every year apart when a corpus has more distinct years than the numeric key holds', () => {
    const collector = new EdgeCollector();
    const years = Array.from({ length: 700 }, (_, i) => 1300 + i);
    years.forEach((year, i) => collector.add(candidate('italy', 'japan', { year, at: sentence(i * 10) })));
    years.forEach((year, i) => collector.add(candidate('japan', 'italy', { year, at: sentence(i * 10 + 5) })));
    const edges = collector.edgesSorted();
    expect(edges).toHaveLength(700);
    expect(edges.every((e) => e.weight === 2)).toBe(true);
    expect(edges.map((e) => e.year)).toEqual(years);
  });
});
