/**
 * The graph a test runs on: the seed graph the app opens by default when it can show what the test needs, else a
 * small synthetic graph served next to it (the seed graph may be nearly empty until extraction lands).
 */
import { syntheticGraph } from '../../../bench/syntheticGraph';
import type { Graph } from '../../../src/model/schema';
import type { StaticServer } from './server';
import type { BrowserTestContext } from './types';

export interface GraphUnderTest {
  readonly graph: Graph;
  /** The query string that opens it ("" for the default graph). */
  readonly query: string;
  readonly name: string;
}

/** 40 actors, 120 relationships over 2005–2024, every domain and relation type, with positions. */
export const SYNTHETIC_FIXTURE: Graph = syntheticGraph({ nodes: 40, edges: 120, seed: 11 });
export const SYNTHETIC_FIXTURE_PATH = '/fixtures/synthetic-40.json';

/** Serves `graph` at `path` and returns the query string that makes the explorer open it. */
export function serveGraph(server: StaticServer, path: string, graph: Graph): string {
  server.route(path, { body: JSON.stringify(graph), contentType: 'application/json' });
  return `?graph=${path}`;
}

export function seedOr(ctx: BrowserTestContext, canShow: (g: Graph) => boolean, what: string): GraphUnderTest {
  if (canShow(ctx.seed.graph)) {
    ctx.log(`graph: the seed graph ${ctx.seed.path} (${ctx.seed.graph.nodes.length} nodes, ${ctx.seed.graph.edges.length} edges)`);
    return { graph: ctx.seed.graph, query: '', name: ctx.seed.path };
  }
  ctx.log(`graph: synthetic fixture ${SYNTHETIC_FIXTURE_PATH} (the seed graph cannot show ${what})`);
  return { graph: SYNTHETIC_FIXTURE, query: serveGraph(ctx.server, SYNTHETIC_FIXTURE_PATH, SYNTHETIC_FIXTURE), name: SYNTHETIC_FIXTURE_PATH };
}
