/**
 * The golden test: the seed corpus in data/corpus/ must keep the scores the issue asks for, measured with the
 * shared scorer against the gold reading. The scorer lives outside the product repo (../shared); without it the
 * scored part is skipped, the facts below still run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/builder/index';
import { readCorpus } from '../../src/cli/readCorpus';
import { validateGraph, type Graph } from '../../src/model/schema';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.join(ROOT, 'data/corpus');
const SHARED = path.resolve(ROOT, '../shared');
const SCORER = path.join(SHARED, 'tools/score-graph.mjs');
const GOLD = path.join(SHARED, 'expected/seeds-gold.json');
const hasScorer = existsSync(SCORER) && existsSync(GOLD);

interface Scores {
  readonly entityRecall: number;
  readonly noiseNodes: number;
  readonly relationF1: number;
}

let graph: Graph;
let tmp: string;

beforeAll(async () => {
  const { documents } = await readCorpus(CORPUS);
  graph = validateGraph(buildGraph(documents).graph, 'seed graph');
  tmp = mkdtempSync(path.join(tmpdir(), 'golden-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('golden: the seed corpus', () => {
  it('reads all five seed documents, each dated', () => {
    expect(graph.documents).toHaveLength(5);
    expect(graph.documents.every((d) => d.date !== null)).toBe(true);
  });

  describe.skipIf(!hasScorer)(`scored by ../shared/tools/score-graph.mjs${hasScorer ? '' : ' (skipped: ../shared is absent outside the team checkout)'}`, () => {
    it('holds entity recall ≥ 0.95, zero noise nodes and relation F1 ≥ 0.85', () => {
      const graphFile = path.join(tmp, 'graph.json');
      writeFileSync(graphFile, JSON.stringify(graph));
      const output = execFileSync(process.execPath, [SCORER, '--graph', graphFile, '--gold', GOLD, '--json'], { encoding: 'utf8' });
      const scores = JSON.parse(output) as Scores;
      expect(scores.entityRecall).toBeGreaterThanOrEqual(0.95);
      expect(scores.noiseNodes).toBe(0);
      expect(scores.relationF1).toBeGreaterThanOrEqual(0.85);
    });
  });

  it('makes no node of the countries that appear only in noise (comments, related lists)', () => {
    const labels = graph.nodes.map((n) => n.label);
    const ids = graph.nodes.map((n) => n.id);
    for (const name of ['China', 'Iran', 'Venezuela']) {
      expect(labels).not.toContain(name);
      expect(ids).not.toContain(name.toLowerCase());
    }
  });

  it('has the UK–Italy 2023 agreement with the sentence that says they signed a joint statement of intent', () => {
    const edge = graph.edges.find((e) => e.relation === 'agreement' && e.year === 2023 && [e.source, e.target].sort().join('|') === 'italy|united-kingdom');
    expect(edge).toBeDefined();
    const evidence = edge!.evidence.find((ev) => ev.sentence.includes('signed a joint statement of intent'));
    expect(evidence).toBeDefined();
    expect(evidence!.documentId).toBe('000_9e104ebf91a39050');
    expect(evidence!.end).toBeGreaterThan(evidence!.start);
  });

  it('points every evidence at a sentence whose words are in its document at the stated offsets', async () => {
    const { documents } = await readCorpus(CORPUS);
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
    for (const edge of graph.edges) {
      for (const ev of edge.evidence) {
        const slice = texts.get(ev.documentId)!.slice(ev.start, ev.end).replace(/\s+/g, ' ');
        for (const word of words(ev.sentence)) expect(slice).toContain(word);
      }
    }
  });
});
