import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/builder/index';
import { readDocument } from '../../../src/builder/documents/readDocument';
import { InputError, type CorpusDocument } from '../../../src/builder/types';
import { validateGraph } from '../../../src/model/schema';

const FILE_NAMES = ['doc.txt', 'doc.md', 'page.html', 'nested/dir/page.htm'] as const;

/** Text that looks like the corpus, and text that does not. */
const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.array(fc.constantFrom('---\n', 'title: x\n', 'date: 2019\n', '<p>', '</p>', '<script>', '<!doctype html>', '&amp;', '&#xD800;', '\u0000', '\uFEFF', '\r\n', 'ROME, 22 March 2012 — ', '14 May 2025\n', 'Italy и 日本 مصر ', '# ', ':'), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.constant(''),
);
const hugeLine = fc.tuple(fc.constantFrom('a', 'Italy ', '\u00e9', '<b>', '\u0007'), fc.integer({ min: 50_000, max: 300_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

function readOrInputError(fileName: string, raw: string): CorpusDocument | null {
  try {
    return readDocument(fileName, raw).document;
  } catch (err) {
    if (err instanceof InputError && err.file === fileName) return null;
    throw err;
  }
}

describe('readDocument on arbitrary text', () => {
  it('never throws anything but an InputError naming the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_NAMES), arbitraryText, (fileName, raw) => {
        readOrInputError(fileName, raw);
      }),
      { numRuns: 400 },
    );
  });

  it('copes with huge lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILE_NAMES), hugeLine, (fileName, raw) => {
        const document = readOrInputError(fileName, raw);
        expect(document?.id).toBe(fileName.replace(/\.[^.]+$/, ''));
      }),
      { numRuns: 8 },
    );
  });

  it('gives documents whose graph passes the schema', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FILE_NAMES), arbitraryText), { maxLength: 6 }), (files) => {
        const documents = files
          .map(([fileName, raw], i) => readOrInputError(`${i}/${fileName}`, raw))
          .filter((document): document is CorpusDocument => document !== null);
        const { graph } = buildGraph(documents);
        expect(() => validateGraph(graph, 'property test')).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
