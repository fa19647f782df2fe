import { DOMAIN_INFO } from '../../model/vocabulary';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectFilters, useVisible } from '../store/selectors';

/** One checkbox per domain with its colour and its edge count under the other filters; all / none. */
export function DomainFilter() {
  const { domains } = useAppState(selectFilters);
  const visible = useVisible();
  const { setDomain, setAllDomains } = useActions();
  return (
    <fieldset>
      <legend>Domains</legend>
      <div className="row">
        <button type="button" onClick={() => setAllDomains(true)}>
          All domains
        </button>
        <button type="button" onClick={() => setAllDomains(false)}>
          No domains
        </button>
      </div>
      <ul className="checks">
        {DOMAIN_INFO.map((d) => (
          <li key={d.domain}>
            <label>
              <input type="checkbox" checked={domains.includes(d.domain)} onChange={(e) => setDomain(d.domain, e.target.checked)} />
              <span className="swatch" style={{ background: d.colour }} aria-hidden="true" /> {d.label} <span className="count">({visible?.domainCounts[d.domain] ?? 0})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
