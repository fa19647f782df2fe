/** Reading screenshots and exported PNGs: decode with pngjs and count the pixels that are not background. */
import { PNG } from 'pngjs';

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** RGBA, row-major. */
  readonly data: Buffer;
}

export function decodePng(buffer: Buffer): DecodedPng {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

export interface InkCount {
  /** Pixels that differ from the background colour. */
  readonly ink: number;
  readonly total: number;
  /** The background taken: the most common colour, as [r, g, b, a]. */
  readonly background: readonly [number, number, number, number];
}

/**
 * Counts the pixels that differ from the image's most common colour by more than `tolerance` in any channel
 * (anti-aliasing makes near-background pixels that should not count). A transparent background counts alpha.
 */
export function countInk(png: DecodedPng, tolerance = 24): InkCount {
  const counts = new Map<number, number>();
  const { data } = png;
  // Sample every 7th pixel for the mode: exact enough, and fast on 4× exports.
  for (let i = 0; i < data.length; i += 28) {
    const key = (data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let mode = 0;
  let best = -1;
  for (const [key, n] of counts) if (n > best) [mode, best] = [key, n];
  const bg = [(mode >>> 24) & 255, (mode >>> 16) & 255, (mode >>> 8) & 255, mode & 255] as const;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (bg[3] === 0 && data[i + 3]! <= tolerance) continue;
    if (
      Math.abs(data[i]! - bg[0]) > tolerance ||
      Math.abs(data[i + 1]! - bg[1]) > tolerance ||
      Math.abs(data[i + 2]! - bg[2]) > tolerance ||
      Math.abs(data[i + 3]! - bg[3]) > tolerance
    ) {
      ink += 1;
    }
  }
  return { ink, total: png.width * png.height, background: bg };
}
