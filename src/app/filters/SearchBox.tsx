/** "Search actors": an ARIA 1.2 combobox with a listbox of suggestions; choosing one selects and centres it. */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchNodes } from '../../model/search';
import type { GraphNode } from '../../model/schema';
import { useActions, useAppState } from '../store/StoreProvider';
import { selectGraph } from '../store/selectors';

export function SearchBox() {
  const graph = useAppState(selectGraph);
  const { select } = useActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const suggestions = useMemo(() => (graph ? searchNodes(graph.nodes, query) : []), [graph, query]);
  const expanded = open && suggestions.length > 0;

  const choose = (node: GraphNode) => {
    select({ kind: 'node', id: node.id }, { focus: true });
    setQuery(node.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => (expanded ? (i + 1) % suggestions.length : 0));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => (i - 1 + suggestions.length) % Math.max(1, suggestions.length));
    } else if (event.key === 'Enter' && expanded) {
      choose(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>Search actors</label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${Math.min(active, suggestions.length - 1)}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" hidden={!expanded}>
        {expanded &&
          suggestions.map((node, i) => (
            <li
              key={node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(node);
              }}
            >
              {node.label}
            </li>
          ))}
      </ul>
    </div>
  );
}
