/**
 * Splits a document's text into paragraphs and sentences, keeping every position in the document's own
 * coordinates, and leaves out the scraped noise (see ./noise.ts).
 */
import { classifyBlocks, endsDangling, maskInlineNoise, type Block } from './noise';
import { splitSentences } from './sentences';

/** A piece of the document's text: [start, end) in the document's coordinates. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  /** Text for analysis and display: inline noise removed, whitespace collapsed to single spaces where joined. */
  readonly text: string;
  /** Where the sentence starts and ends in the document's text. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** How many headings come before it: a heading starts another story in a digest, another topic in a report. */
  readonly section: number;
  /** Maps a position in `text` to the document's coordinates. */
  readonly toDocument: (position: number) => number;
}

export interface Segmentation {
  readonly sentences: Sentence[];
  /** The headings' text, in order: section n (as `Sentence.section` counts) starts under `headings[n - 1]`. */
  readonly headings: string[];
  /** Blocks that were left out as noise, with the reason (for tests and for `--explain`). */
  readonly noise: { range: Range; reason: string }[];
}

const ENDS_SENTENCE = /[.!?…]["”’)\]]*\s*(\d{1,2})?\s*$|[:]\s*$/u;

// Unicode-property patterns are kept out of functions: bundled, each literal becomes a `new RegExp` per call.
const HAS_LETTER = /\p{L}/u;
const STARTS_LOWER_CASE = /^[\p{Ll}(]/u;

export function segmentDocument(text: string): Segmentation {
  const masked = maskInlineNoise(text);
  const blocks = classifyBlocks(masked);
  const noise = blocks.filter((b) => b.kind === 'noise').map((b) => ({ range: { start: b.start, end: b.end }, reason: b.reason ?? 'noise' }));
  const paragraphs = joinBrokenParagraphs(blocks.filter((b) => b.kind === 'prose'), masked);
  const sentences: Sentence[] = [];
  const headingBlocks = blocks.filter((b) => b.kind === 'heading');
  const headingStarts = headingBlocks.map((b) => b.start);
  const headings = headingBlocks.map((b) => masked.slice(b.start, b.end).replace(/^[\s#*]+|[\s#*]+$/g, '').replace(/\s+/g, ' '));
  paragraphs.forEach((segments, paragraph) => {
    const { text: paragraphText, toDocument } = concatenate(masked, segments);
    const section = countBefore(headingStarts, segments[0]!.start);
    for (const s of splitSentences(paragraphText)) {
      const sentenceText = paragraphText.slice(s.start, s.end);
      if (!HAS_LETTER.test(sentenceText)) continue;
      sentences.push({
        text: sentenceText,
        start: toDocument(s.start),
        end: toDocument(s.end - 1) + 1,
        paragraph,
        section,
        toDocument: (position) => toDocument(s.start + position),
      });
    }
  });
  return { sentences, headings, noise };
}

/** How many of the sorted positions are before `position`. */
function countBefore(sorted: readonly number[], position: number): number {
  let count = 0;
  while (count < sorted.length && sorted[count]! < position) count++;
  return count;
}

/**
 * Scraped and PDF-extracted text breaks sentences across blank lines (and around footnotes). A prose block that
 * does not end a sentence continues into the next prose block when that one starts in lower case or the first
 * ends on a word that cannot end a sentence.
 */
function joinBrokenParagraphs(blocks: readonly Block[], text: string): Range[][] {
  const paragraphs: Range[][] = [];
  let current: Range[] | null = null;
  let previous: Block | null = null;
  for (const block of blocks) {
    const blockText = text.slice(block.start, block.end).trim();
    const continues =
      current !== null &&
      previous !== null &&
      !ENDS_SENTENCE.test(text.slice(previous.start, previous.end)) &&
      (STARTS_LOWER_CASE.test(blockText) || endsDangling(text.slice(previous.start, previous.end)));
    if (continues && current) current.push({ start: block.start, end: block.end });
    else {
      current = [{ start: block.start, end: block.end }];
      paragraphs.push(current);
    }
    previous = block;
  }
  return paragraphs;
}

const IRREGULAR_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Joins ranges with single spaces, collapsing runs of whitespace, and keeps a map back to the document as runs of
 * characters that map one to one (looked up by binary search).
 */
function concatenate(text: string, ranges: readonly Range[]): { text: string; toDocument: (position: number) => number } {
  const parts: string[] = [];
  const runStarts: number[] = []; // position in the joined text where a run starts
  const runOrigins: number[] = []; // where that run starts in the document
  let length = 0;
  const push = (chunk: string, origin: number) => {
    if (!chunk) return;
    runStarts.push(length);
    runOrigins.push(origin);
    parts.push(chunk);
    length += chunk.length;
  };
  const whitespace = /\s+/g;
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    if (!IRREGULAR_SPACE.test(slice)) {
      // The usual case: single spaces only, one run.
      push(slice.trim() === slice ? slice : slice.trim(), range.start + (slice.length - slice.trimStart().length));
      if (length > 0 && parts[parts.length - 1] !== ' ') push(' ', range.end);
      continue;
    }
    let from = 0;
    whitespace.lastIndex = 0;
    for (let m = whitespace.exec(slice); m; m = whitespace.exec(slice)) {
      push(slice.slice(from, m.index), range.start + from);
      if (length > 0 && m.index + m[0].length < slice.length) push(' ', range.start + m.index);
      from = m.index + m[0].length;
    }
    push(slice.slice(from), range.start + from);
    if (length > 0 && parts[parts.length - 1] !== ' ') push(' ', range.end);
  }
  let joined = parts.join('');
  while (joined.endsWith(' ')) joined = joined.slice(0, -1);
  const toDocument = (position: number): number => {
    let lo = 0;
    let hi = runStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runStarts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return runStarts.length ? runOrigins[lo]! + (position - runStarts[lo]!) : position;
  };
  return { text: joined, toDocument };
}
