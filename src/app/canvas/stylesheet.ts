/**
 * The cytoscape stylesheet, one memoised array per variant. Edge colour is the first domain's; an edge in several
 * domains gets an outline in its second domain's colour; conflictual relations are dashed with a bar at the target.
 */
import type { StylesheetStyle } from 'cytoscape';
import { LABEL_FONT_SIZE, LABEL_MARGIN } from '../../layout/nodeSizes';
import { NODE_TYPE_STYLES } from './nodeTypeStyle';

/** The opacity of what a selection leaves out (`.faded`). */
export const FADED_OPACITY = 0.15;
/** The selected edge's underlay (`edge:selected`). */
export const SELECTED_EDGE_UNDERLAY = { colour: '#111111', padding: 3, alpha: 0.35 } as const;

/** On big graphs, tension and conflict edges are drawn in this colour instead of dashed with a bar. */
export const CONFLICT_COLOUR_BIG = '#1d1d1d';
/** Width of the outline an edge in several domains gets, in its second domain's colour. */
export const LINE_OUTLINE_WIDTH = 1.5;

export interface StylesheetVariant {
  /** Show every node's label (off past ~200 visible nodes; selected and highlighted ones keep theirs). */
  readonly labels: boolean;
  /** A big graph: straight haystack edges, no dashes or arrows. */
  readonly big: boolean;
}

function build({ labels, big }: StylesheetVariant): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'border-width': big ? 0 : 1.5,
        'border-color': '#ffffff',
        label: labels ? 'data(label)' : '',
        'font-size': LABEL_FONT_SIZE,
        'font-family': 'system-ui, sans-serif',
        color: '#1d1d1d',
        'text-valign': 'bottom',
        'text-margin-y': LABEL_MARGIN,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
    ...NODE_TYPE_STYLES.map((s) => ({ selector: `node.type-${s.type}`, style: { shape: s.shape, 'background-color': s.colour } })),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'curve-style': big ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        // Translucent edges cost a compositing pass each; big graphs draw them opaque.
        opacity: big ? 1 : 0.85,
      },
    },
    { selector: 'edge.multi', style: { 'line-outline-width': LINE_OUTLINE_WIDTH, 'line-outline-color': 'data(colour2)' } },
    big
      ? // Dashes and arrowheads cost a path each per edge: a big graph marks conflict by colour alone (see the legend).
        { selector: 'edge.conflictual', style: { 'line-style': 'solid', 'line-color': CONFLICT_COLOUR_BIG, opacity: 1 } }
      : {
          selector: 'edge.conflictual',
          style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3], 'target-arrow-shape': 'tee', 'target-arrow-color': 'data(colour)', 'arrow-scale': 1.1 },
        },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: FADED_OPACITY, 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'node:selected', style: { label: 'data(label)', 'border-width': 4, 'border-color': '#111111', 'font-weight': 'bold', 'z-index': 20 } },
    {
      selector: 'edge:selected',
      style: { opacity: 1, 'underlay-color': SELECTED_EDGE_UNDERLAY.colour, 'underlay-padding': SELECTED_EDGE_UNDERLAY.padding, 'underlay-opacity': SELECTED_EDGE_UNDERLAY.alpha, 'z-index': 20 },
    },
  ] as StylesheetStyle[];
}

const variants = new Map<string, StylesheetStyle[]>();

/** The stylesheet for a variant; the same array for the same variant, so react-cytoscapejs does not re-apply it. */
export function stylesheetFor(variant: StylesheetVariant): StylesheetStyle[] {
  const key = `${variant.labels}/${variant.big}`;
  let sheet = variants.get(key);
  if (!sheet) variants.set(key, (sheet = build(variant)));
  return sheet;
}

export { LABEL_LIMIT } from '../../layout/nodeSizes';
/** Past this many edges, the cheaper edge styles are used. */
export const BIG_GRAPH_EDGES = 3000;
