/** How each actor type is drawn: a shape (readable without colour) and a fill. A registry, used by the legend too. */
import type { NodeType } from '../../model/vocabulary';

export interface NodeTypeStyle {
  readonly type: NodeType;
  readonly label: string;
  readonly shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'triangle';
  readonly colour: string;
}

export const NODE_TYPE_STYLES: readonly NodeTypeStyle[] = [
  { type: 'country', label: 'Country', shape: 'ellipse', colour: '#3B5B7A' },
  { type: 'organisation', label: 'Organisation', shape: 'round-rectangle', colour: '#7A5A2E' },
  { type: 'programme', label: 'Programme', shape: 'diamond', colour: '#3F7A3B' },
  { type: 'person', label: 'Person', shape: 'triangle', colour: '#7A3B66' },
];

export const nodeTypeStyle = (type: NodeType): NodeTypeStyle => NODE_TYPE_STYLES.find((s) => s.type === type)!;
