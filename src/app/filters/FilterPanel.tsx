/** The filter panel: domains, years, relation and actor types, evidence, isolated actors, search, reset. */
import { RELATIONS } from '../../model/vocabulary';
import { NODE_TYPE_STYLES } from '../canvas/nodeTypeStyle';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectFilters } from '../store/selectors';
import { CheckboxGroup } from './CheckboxGroup';
import { DomainFilter } from './DomainFilter';
import { NumberField } from './NumberField';
import { SearchBox } from './SearchBox';
import { YearFilter } from './YearFilter';

const RELATION_OPTIONS = RELATIONS.map((r) => ({ value: r.type, label: r.label }));
const TYPE_OPTIONS = NODE_TYPE_STYLES.map((s) => ({ value: s.type, label: s.label }));

export function FilterPanel() {
  const filters = useAppState(selectFilters);
  const { setRelation, setNodeType, setMinEvidence, setHideIsolated, resetFilters } = useActions();
  return (
    <aside className="filters" aria-label="Filters">
      <h2>Filters</h2>
      <SearchBox />
      <DomainFilter />
      <YearFilter />
      <CheckboxGroup legend="Relation types" options={RELATION_OPTIONS} checked={filters.relations} onChange={setRelation} />
      <CheckboxGroup legend="Actor types" options={TYPE_OPTIONS} checked={filters.nodeTypes} onChange={setNodeType} />
      <div className="row">
        <NumberField label="Minimum evidence" value={filters.minEvidence} min={1} onCommit={setMinEvidence} />
      </div>
      <div className="row">
        <label>
          <input type="checkbox" checked={filters.hideIsolated} onChange={(e) => setHideIsolated(e.target.checked)} /> Hide actors with no visible relationship
        </label>
      </div>
      <div className="row">
        <button type="button" onClick={resetFilters}>
          Reset filters
        </button>
      </div>
    </aside>
  );
}
