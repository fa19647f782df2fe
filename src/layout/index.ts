export { computeLayout, withPositions } from './computeLayout';
export { initialPositions, type Positions } from './initialPositions';
export { DRAFT_LAYOUT_NODES, SPREAD_PER_ROOT_NODE, layoutOptions, spreadFactor } from './layoutOptions';
export { loadFcose, registerFcose } from './registerFcose';
export { fitViewport, type PlacedNode, type Viewport, type ZoomLimits } from './fitViewport';
export { separateLabels, type LabelledNode } from './separateLabels';
export { LABEL_FONT_SIZE, LABEL_LIMIT, LABEL_MARGIN, NODE_SIZE, labelExtent, nodeSize, nodeSizes, weightedDegrees } from './nodeSizes';
