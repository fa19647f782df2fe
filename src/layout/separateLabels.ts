/**
 * Moves nodes apart where a node and its label would cover another's, by as little as it takes: fcose keeps nodes
 * apart but knows nothing of the labels drawn under them. Pure and deterministic. Each sweep compares every pair,
 * so it is meant for graphs whose labels are all drawn (a few hundred nodes at most).
 */
import { labelExtent } from './nodeSizes';

export interface LabelledNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Diameter, in model units. */
  readonly size: number;
  readonly label: string;
}

export interface SeparateOptions {
  /** Room kept between two boxes, in model units. */
  readonly padding?: number;
  readonly maxSweeps?: number;
}

interface Box {
  x: number;
  y: number;
  readonly halfWidth: number;
  /** From the node's centre up to the box's top, and down to its bottom (under the label). */
  readonly up: number;
  readonly down: number;
}

/** The nodes' new positions (rounded to 0.1, as layouts are), keyed by id; unchanged where nothing overlapped. */
export function separateLabels(nodes: readonly LabelledNode[], { padding = 4, maxSweeps = 200 }: SeparateOptions = {}): Map<string, { x: number; y: number }> {
  const boxes: Box[] = nodes.map((n) => {
    const label = labelExtent(n.label);
    return { x: n.x, y: n.y, halfWidth: Math.max(n.size, label.width) / 2, up: n.size / 2, down: n.size / 2 + label.height };
  });
  for (let sweep = 0; sweep < maxSweeps && pushApart(boxes, padding); sweep++);
  return new Map(nodes.map((n, i) => [n.id, { x: Math.round(boxes[i]!.x * 10) / 10, y: Math.round(boxes[i]!.y * 10) / 10 }]));
}

/** One sweep over every pair; whether anything moved. */
function pushApart(boxes: Box[], padding: number): boolean {
  let moved = false;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlapX = a.halfWidth + b.halfWidth + padding - Math.abs(a.x - b.x);
      const overlapY = Math.min(a.y + a.down, b.y + b.down) - Math.max(a.y - a.up, b.y - b.up) + padding;
      if (overlapX <= 0 || overlapY <= 0) continue;
      moved = true;
      // Along the axis that needs the shorter move, each node half of it (the earlier one left or up on a tie).
      if (overlapX <= overlapY) {
        const direction = a.x <= b.x ? -1 : 1;
        a.x += (direction * overlapX) / 2;
        b.x -= (direction * overlapX) / 2;
      } else {
        const direction = a.y + (a.down - a.up) / 2 <= b.y + (b.down - b.up) / 2 ? -1 : 1;
        a.y += (direction * overlapY) / 2;
        b.y -= (direction * overlapY) / 2;
      }
    }
  }
  return moved;
}
