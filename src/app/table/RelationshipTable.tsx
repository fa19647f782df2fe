/** The table view: the visible relationships, sortable, in step with the filters; rows select their edge. */
import { useMemo, useState } from 'react';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectGraph, selectSelection, useVisible } from '../store/selectors';
import { COLUMNS, sortRows, tableRows, type Column, type SortDirection } from './rows';

const PAGE = 200;

export function RelationshipTable() {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  const visible = useVisible();
  const { select } = useActions();
  const [sort, setSort] = useState<{ column: Column; direction: SortDirection }>({ column: 'Year', direction: 'ascending' });
  const [shown, setShown] = useState(PAGE);

  const rows = useMemo(() => (graph && visible ? sortRows(tableRows(graph, visible.edgeIds), sort.column, sort.direction) : []), [graph, visible, sort]);

  const sortBy = (column: Column) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className="table-wrap">
      <table aria-label="Relationships">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" aria-sort={sort.column === c ? sort.direction : 'none'}>
                <button type="button" onClick={() => sortBy(c)}>
                  {c}
                  <span aria-hidden="true">{sort.column === c ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr
              key={r.id}
              tabIndex={0}
              aria-selected={selection?.kind === 'edge' && selection.id === r.id}
              onClick={() => select({ kind: 'edge', id: r.id })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  select({ kind: 'edge', id: r.id });
                }
              }}
            >
              <td>{r.Source}</td>
              <td>{r.Target}</td>
              <td>{r.Relation}</td>
              <td>{r.Domains}</td>
              <td>{r.Year ?? 'undated'}</td>
              <td>{r.Evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <p>
          Showing the first {shown} of {rows.length} rows.{' '}
          <button type="button" onClick={() => setShown((n) => n + PAGE * 5)}>
            Show more rows
          </button>
        </p>
      )}
    </div>
  );
}
