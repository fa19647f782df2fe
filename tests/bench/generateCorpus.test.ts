import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus';
import { readDocument } from '../../src/builder/documents/readDocument';

const files = (seed: number) => [...generateCorpus({ bytes: 200_000, seed })];

describe('generateCorpus', () => {
  it('gives the same files for a seed and different ones for another seed', () => {
    expect(files(3)).toEqual(files(3));
    expect(files(4)).not.toEqual(files(3));
  });

  it('stops once the files reach the requested size', () => {
    const generated = files(1);
    const bytes = generated.map((f) => Buffer.byteLength(f.content));
    const total = bytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(200_000);
    expect(total - bytes.at(-1)!).toBeLessThan(200_000);
  });

  it('writes .md, .txt and .html documents that read without errors, nearly all of them dated', () => {
    const generated = files(1);
    expect(new Set(generated.map((f) => f.fileName.split('.').pop()))).toEqual(new Set(['md', 'txt', 'html']));
    const documents = generated.map((f) => readDocument(f.fileName, f.content).document);
    const dated = documents.filter((d) => d.date !== null).length;
    expect(dated / documents.length).toBeGreaterThan(0.8);
  });
});
