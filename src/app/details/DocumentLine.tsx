import { isSafeLink } from '../../model/evidenceText';
import type { GraphDocument } from '../../model/schema';

/** A document's title, date, source and link (http/https only). */
export function DocumentLine({ document: d }: { document: GraphDocument }) {
  return (
    <span className="source">
      <cite>{d.title || d.id}</cite>
      {` · ${d.date ?? 'undated'}`}
      {d.source ? ` · ${d.source}` : ''}
      {isSafeLink(d.url) && (
        <>
          {' · '}
          <a href={d.url} target="_blank" rel="noopener noreferrer">
            Open source document<span className="visually-hidden"> “{d.title || d.id}” (opens in a new tab)</span>
          </a>
        </>
      )}
    </span>
  );
}
