/**
 * Which edges to stroke together: a batch is every visible edge sharing colour, width and opacity, drawn as one
 * path with one `stroke()`. Pure; the order of the batches is the drawing order.
 */
import type { EdgeModel } from './edgeModel';
import { FADED_OPACITY, SELECTED_EDGE_UNDERLAY } from '../stylesheet';

export interface Batch {
  readonly colour: string;
  readonly width: number;
  readonly alpha: number;
  readonly edges: readonly number[];
}

/** What the selection does to the edges: none, or a neighbourhood kept opaque (the rest faded) and one selected edge. */
export interface Emphasis {
  /** Edge indices of the selection's neighbourhood; null when nothing is selected. */
  readonly hood: ReadonlySet<number> | null;
  /** The selected edge's index, or -1. */
  readonly selected: number;
}

export const NO_EMPHASIS: Emphasis = { hood: null, selected: -1 };

/** The stylesheet's `.faded` opacity, and the selected edge's underlay (`edge:selected`). */
export const FADED_ALPHA = FADED_OPACITY;
export const UNDERLAY = SELECTED_EDGE_UNDERLAY;

/** Outlines under lines, per style in the style table's order. */
function layerBatches(model: EdgeModel, edges: readonly number[], alpha: number): Batch[] {
  const outlines: number[][] = model.styles.map(() => []);
  const lines: number[][] = model.styles.map(() => []);
  for (const i of edges) {
    const outline = model.outline[i]!;
    if (outline >= 0) outlines[outline]!.push(i);
    lines[model.line[i]!]!.push(i);
  }
  const batches: Batch[] = [];
  for (const group of [outlines, lines]) {
    group.forEach((members, s) => {
      if (members.length) batches.push({ ...model.styles[s]!, alpha, edges: members });
    });
  }
  return batches;
}

/**
 * The batches for the visible edges: with no selection, one opaque layer; with one, the faded rest first, then
 * the neighbourhood, then the selected edge over its underlay (as cytoscape's z-index orders them).
 */
export function edgeBatches(model: EdgeModel, visible: Uint8Array, emphasis: Emphasis = NO_EMPHASIS): Batch[] {
  const rest: number[] = [];
  const hood: number[] = [];
  const selected = emphasis.selected >= 0 && visible[emphasis.selected] ? emphasis.selected : -1;
  for (let i = 0; i < visible.length; i += 1) {
    if (!visible[i] || i === selected) continue;
    if (emphasis.hood?.has(i)) hood.push(i);
    else rest.push(i);
  }
  if (!emphasis.hood) return layerBatches(model, rest, 1);
  const batches = [...layerBatches(model, rest, FADED_ALPHA), ...layerBatches(model, hood, 1)];
  if (selected >= 0) {
    const width = model.width[selected]! + 2 * UNDERLAY.padding;
    batches.push({ colour: UNDERLAY.colour, width, alpha: UNDERLAY.alpha, edges: [selected] }, ...layerBatches(model, [selected], 1));
  }
  return batches;
}
