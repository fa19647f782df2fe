export { computeLayout, initialPositions, withPositions, type Positions } from './computeLayout';
export { layoutOptions, registerLayouts } from './layoutOptions';
