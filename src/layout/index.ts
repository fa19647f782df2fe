export { computeLayout, initialPositions, withPositions, type Positions } from './computeLayout';
export { DRAFT_LAYOUT_NODES, layoutOptions, registerLayouts, spreadFactor } from './layoutOptions';
