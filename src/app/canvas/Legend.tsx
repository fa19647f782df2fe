/**
 * The canvas legend, built from the same registries as the stylesheet. It starts collapsed behind a "Legend"
 * button under the canvas, so it never hides nodes on the first view; opened, it sits over the canvas's corner.
 */
import { useId, useState } from 'react';
import { DOMAIN_INFO } from '../../model/vocabulary';
import { NODE_TYPE_STYLES, type NodeTypeStyle } from './nodeTypeStyle';
import { BIG_GRAPH_EDGES, CONFLICT_COLOUR_BIG, LABEL_LIMIT } from './stylesheet';

function Shape({ style }: { style: NodeTypeStyle }) {
  const common = { fill: style.colour };
  const shape =
    style.shape === 'ellipse' ? (
      <circle cx="7" cy="7" r="6" {...common} />
    ) : style.shape === 'round-rectangle' ? (
      <rect x="1" y="2" width="12" height="10" rx="3" {...common} />
    ) : style.shape === 'diamond' ? (
      <polygon points="7,1 13,7 7,13 1,7" {...common} />
    ) : (
      <polygon points="7,1 13,13 1,13" {...common} />
    );
  return (
    <svg width="14" height="14" aria-hidden="true">
      {shape}
    </svg>
  );
}

/** `simplified`: the graph is drawn with the cheap styles of big graphs (no labels, dashes or bars). */
export function Legend({ simplified = false }: { simplified?: boolean }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Legend
      </button>
      <section id={panelId} className="legend" aria-label="Legend" hidden={!open}>
        <ul aria-label="Actor types">
          {NODE_TYPE_STYLES.map((s) => (
            <li key={s.type}>
              <Shape style={s} /> {s.label}
            </li>
          ))}
          <li>Size: number of relationships, weighted by evidence</li>
        </ul>
        <ul aria-label="Domain colours" className="legend-domains">
          {DOMAIN_INFO.map((d) => (
            <li key={d.domain}>
              <span className="swatch" style={{ background: d.colour }} aria-hidden="true" /> {d.label}
            </li>
          ))}
        </ul>
        <ul aria-label="Line styles">
          <li>
            <svg width="30" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="30" y2="5" stroke="#0072B2" strokeWidth="5" />
              <line x1="0" y1="5" x2="30" y2="5" stroke="#CC79A7" strokeWidth="2" />
            </svg>{' '}
            Several domains: first domain's colour, edged in the second's
          </li>
          {simplified ? (
            <li>
              <svg width="30" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="30" y2="5" stroke={CONFLICT_COLOUR_BIG} strokeWidth="2" />
              </svg>{' '}
              Tension or conflict (black)
            </li>
          ) : (
            <li>
              <svg width="30" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="26" y2="5" stroke="#555" strokeWidth="2" strokeDasharray="6 3" />
                <line x1="27" y1="0" x2="27" y2="10" stroke="#555" strokeWidth="2" />
              </svg>{' '}
              Tension or conflict (dashed, bar at the target)
            </li>
          )}
          <li>Width: number of evidence sentences</li>
        </ul>
        {simplified && (
          <p className="legend-note">
            Simplified drawing for large graphs ({BIG_GRAPH_EDGES.toLocaleString('en')}+ relationships): straight lines, conflict by colour instead of
            dashes, actor names only under {LABEL_LIMIT} visible actors or on selection.
          </p>
        )}
      </section>
    </>
  );
}
