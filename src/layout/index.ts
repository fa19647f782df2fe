export { computeLayout, withPositions } from './computeLayout';
export { initialPositions, type Positions } from './initialPositions';
export { DRAFT_LAYOUT_NODES, layoutOptions, spreadFactor } from './layoutOptions';
export { loadFcose, registerFcose } from './registerFcose';
export { fitViewport, type PlacedNode, type Viewport, type ZoomLimits } from './fitViewport';
