import { highlightSegments } from '../../model/evidenceText';
import type { GraphEdge } from '../../model/schema';
import { domainInfo, relationInfo } from '../../model/vocabulary';
import { useActions } from '../store/StoreProvider';
import { useLookup } from '../store/selectors';
import { DocumentLine } from './DocumentLine';

/** A relationship: relation, domains, year, and every evidence sentence with both actors marked. */
export function EdgeDetails({ edge }: { edge: GraphEdge }) {
  const lookup = useLookup()!;
  const { select } = useActions();
  const source = lookup.nodeById.get(edge.source)!;
  const target = lookup.nodeById.get(edge.target)!;
  const names = [source.label, ...source.aliases, target.label, ...target.aliases];
  const info = relationInfo(edge.relation);
  return (
    <>
      <h2>
        {source.label} — {target.label}
      </h2>
      <dl>
        <dt>Relation</dt>
        <dd>
          {info.label} <span className="hint">({info.polarity})</span>
        </dd>
        <dt>Domains</dt>
        <dd>{edge.domains.map((d) => domainInfo(d).label).join(', ')}</dd>
        <dt>Year</dt>
        <dd>{edge.year ?? 'undated'}</dd>
        <dt>Actors</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: source.id }, { focus: true })}>
            {source.label}
          </button>
          {', '}
          <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: target.id }, { focus: true })}>
            {target.label}
          </button>
        </dd>
      </dl>
      <h3>Evidence ({edge.evidence.length})</h3>
      <ul aria-label="Evidence" className="evidence">
        {edge.evidence.map((ev, i) => {
          const document = lookup.documentById.get(ev.documentId);
          return (
            <li key={`${ev.documentId}-${ev.start}-${i}`}>
              <q>
                {highlightSegments(ev.sentence, names).map((s, j) => (s.mark ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}
              </q>
              {document && <DocumentLine document={document} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
