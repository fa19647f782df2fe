/**
 * The edge layer of a big graph: a canvas under cytoscape's, on which the visible edges are drawn in batches
 * (see edgeBatches) at cytoscape's pan and zoom. Cytoscape keeps the nodes; this object keeps the edges' state
 * (visibility, selection, positions read from cytoscape) and answers "which edge is under this point?".
 */
import type { Core } from 'cytoscape';
import type { Selection } from '../../../model/viewState';
import type { Neighbourhood } from '../graphNeighbourhood';
import { drawBatches, type NodePositions } from './drawEdges';
import { edgeBatches, NO_EMPHASIS, type Batch, type Emphasis } from './edgeBatches';
import { buildHitGrid, edgeAt, type HitGrid } from './edgeHitGrid';
import { edgeIndices, visibleMask, type EdgeModel } from './edgeModel';
import { renderedToModel, screenTransform, type Transform } from './edgeTransform';
import { setEdgeUnderlay } from './underlay';

/** How far from a drawn line (screen px) the pointer still counts as over it. */
export const HIT_TOLERANCE_PX = 5;

export class EdgeLayer {
  private positions: NodePositions;
  private positionsStale = true;
  private grid: HitGrid | null = null;
  private visible: Uint8Array;
  private emphasis: Emphasis = NO_EMPHASIS;
  private batches: Batch[] | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private frame = 0;

  constructor(
    private readonly cy: Core,
    private readonly model: EdgeModel,
  ) {
    this.positions = { x: new Float64Array(model.nodeIds.length), y: new Float64Array(model.nodeIds.length) };
    this.visible = new Uint8Array(model.edgeIds.length);
  }

  /** Starts drawing on `canvas` and following cytoscape's viewport and node positions; returns the undo. */
  attach(canvas: HTMLCanvasElement): () => void {
    this.canvas = canvas;
    const redraw = () => this.requestDraw();
    const moved = () => {
      this.positionsStale = true;
      this.requestDraw();
    };
    this.cy.on('viewport', redraw);
    this.cy.on('position add remove', 'node', moved);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(redraw) : null;
    resize?.observe(canvas);
    setEdgeUnderlay(this.cy, (ctx, transform) => this.paint(ctx, transform));
    this.positionsStale = true;
    this.requestDraw();
    return () => {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.cy.off('viewport', redraw);
      this.cy.off('position add remove', 'node', moved);
      resize?.disconnect();
      setEdgeUnderlay(this.cy, null);
      this.canvas = null;
    };
  }

  /** Shows exactly these edges (the filters' visible set). */
  setVisible(edgeIds: ReadonlySet<string>): void {
    this.visible = visibleMask(this.model, edgeIds);
    this.batches = null;
    this.requestDraw();
  }

  setSelection(selection: Selection | null, hood: Neighbourhood | null): void {
    this.emphasis =
      selection && hood
        ? { hood: edgeIndices(this.model, hood.edgeIds), selected: selection.kind === 'edge' ? (this.model.edgeIndex.get(selection.id) ?? -1) : -1 }
        : NO_EMPHASIS;
    this.batches = null;
    this.requestDraw();
  }

  /** The id of the visible edge under a rendered position (CSS px in the canvas), or null. */
  edgeIdAt(rendered: { x: number; y: number }, tolerancePx = HIT_TOLERANCE_PX): string | null {
    this.readPositions();
    this.grid ??= buildHitGrid(this.model, this.positions);
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    const i = edgeAt(this.grid, this.model, this.positions, this.visible, renderedToModel(rendered, viewport), tolerancePx / viewport.zoom);
    return i >= 0 ? this.model.edgeIds[i]! : null;
  }

  /** Draws the visible edges on any context (an export) with `transform`. */
  paint(ctx: CanvasRenderingContext2D, transform: Transform): void {
    this.readPositions();
    this.batches ??= edgeBatches(this.model, this.visible, this.emphasis);
    ctx.save();
    ctx.setTransform(transform.scale, 0, 0, transform.scale, transform.x, transform.y);
    drawBatches(ctx, this.model, this.positions, this.batches);
    ctx.restore();
  }

  /** Redraws at the next animation frame (many changes in one frame draw once). */
  requestDraw(): void {
    if (this.frame || !this.canvas) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const canvas = this.canvas;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || this.cy.destroyed()) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    } else {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    this.paint(ctx, screenTransform({ zoom: this.cy.zoom(), pan: this.cy.pan() }, ratio));
  }

  private readPositions(): void {
    if (!this.positionsStale) return;
    this.positionsStale = false;
    this.grid = null;
    const { x, y } = this.positions;
    const index = this.model.nodeIndex;
    this.cy.nodes().forEach((node) => {
      const i = index.get(node.id());
      if (i === undefined) return;
      const p = node.position();
      x[i] = p.x;
      y[i] = p.y;
    });
  }
}
