import { useMemo } from 'react';
import { summariseNode } from '../../model/nodeSummary';
import type { GraphNode } from '../../model/schema';
import { domainInfo, relationInfo } from '../../model/vocabulary';
import { nodeTypeStyle } from '../canvas/nodeTypeStyle';
import { useActions, useAppState } from '../store/StoreProvider';
import { lookupOf, selectGraph } from '../store/selectors';
import { DocumentLine } from './DocumentLine';

const yearsText = (years: ReadonlyArray<number | null>) => years.map((y) => y ?? 'undated').join(', ');

export function NodeDetails({ node }: { node: GraphNode }) {
  const graph = useAppState(selectGraph)!;
  const { select } = useActions();
  const summary = useMemo(() => summariseNode(graph, node.id), [graph, node.id]);
  const country = node.country ? lookupOf(graph).nodeById.get(node.country) : undefined;
  return (
    <>
      <h2>{node.label}</h2>
      <dl>
        <dt>Type</dt>
        <dd>{nodeTypeStyle(node.type).label}</dd>
        {country && (
          <>
            <dt>Acts for</dt>
            <dd>{country.label}</dd>
          </>
        )}
        <dt>Aliases</dt>
        <dd>{node.aliases.length ? node.aliases.join(', ') : 'none'}</dd>
      </dl>
      <h3>Relationships ({summary.partners.reduce((n, p) => n + p.edgeCount, 0)})</h3>
      {summary.partners.length === 0 && <p>None.</p>}
      <ul aria-label="Relationships by partner">
        {summary.partners.map(({ partner, relations }) => (
          <li key={partner.id}>
            <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: partner.id }, { focus: true })}>
              {partner.label}
            </button>
            <ul>
              {relations.map((r) => (
                <li key={r.relation}>
                  <button type="button" className="link-button" onClick={() => select({ kind: 'edge', id: r.edgeIds[0]! })} aria-label={`${relationInfo(r.relation).label} with ${partner.label}, ${yearsText(r.years)}: show evidence`}>
                    {relationInfo(r.relation).label}
                  </button>{' '}
                  · {yearsText(r.years)} · {r.domains.map((d) => domainInfo(d).label).join(', ')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h3>Documents ({summary.documents.length})</h3>
      <ul aria-label="Documents">
        {summary.documents.map((d) => (
          <li key={d.id}>
            <DocumentLine document={d} />
          </li>
        ))}
      </ul>
    </>
  );
}
