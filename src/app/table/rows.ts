/** The table's rows: visible edges as display values, and their sort. Pure. */
import type { Graph } from '../../model/schema';
import { domainInfo, relationInfo } from '../../model/vocabulary';
import { lookupOf } from '../store/selectors';

export const COLUMNS = ['Source', 'Target', 'Relation', 'Domains', 'Year', 'Evidence'] as const;
export type Column = (typeof COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface Row {
  readonly id: string;
  readonly Source: string;
  readonly Target: string;
  readonly Relation: string;
  readonly Domains: string;
  readonly Year: number | null;
  readonly Evidence: number;
}

export function tableRows(graph: Graph, visibleEdgeIds: ReadonlySet<string>): Row[] {
  const { nodeById } = lookupOf(graph);
  return graph.edges
    .filter((e) => visibleEdgeIds.has(e.id))
    .map((e) => ({
      id: e.id,
      Source: nodeById.get(e.source)?.label ?? e.source,
      Target: nodeById.get(e.target)?.label ?? e.target,
      Relation: relationInfo(e.relation).label,
      Domains: e.domains.map((d) => domainInfo(d).label).join(', '),
      Year: e.year,
      Evidence: e.evidence.length,
    }));
}

/** Sorts by one column; undated rows go last either way; ties keep graph order (the sort is stable). */
export function sortRows(rows: readonly Row[], column: Column, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}
