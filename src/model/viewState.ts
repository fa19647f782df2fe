/** Closed vocabularies of the explorer's view state: layouts, views and what can be selected. */

export interface LayoutInfo {
  readonly name: LayoutName;
  readonly label: string;
}

export const LAYOUT_NAMES = ['force', 'concentric', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUTS: readonly LayoutInfo[] = [
  { name: 'force', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric by degree' },
  { name: 'circle', label: 'Circle' },
  { name: 'grid', label: 'Grid' },
];

export const VIEWS = ['network', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];

export type Selection = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string };

export const DEFAULT_LAYOUT: LayoutName = 'force';
export const DEFAULT_VIEW: ViewName = 'network';
