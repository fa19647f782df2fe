import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/builder/documents/frontMatter';
import { readDocument } from '../../src/builder/documents/readDocument';

const CORPUS = path.resolve('data/corpus');
const SEEDS = path.resolve('../shared/seeds');

/** The dates and publishers given in ../shared/seeds/SOURCES.md. */
const EXPECTED = [
  ['000_9e104ebf91a39050.txt', '2023-02-10', 'Airforce Technology'],
  ['001_8c3366802b98981b.txt', '2019', 'Embassy of Italy in London'],
  ['002_bb7dad8e597638ef.txt', '2017-02-09', 'UK Ministry of Defence'],
  ['003_fea3fb73d6080cf0.txt', '2024-02-22', 'Kyiv Post'],
  ['004_2479c0552e3d38dd.txt', '2025-05-14', 'Istituto Affari Internazionali (IAI), IAI Commentaries 25/30'],
] as const;

describe('the default corpus', () => {
  it('holds the five seed documents', () => {
    expect(readdirSync(CORPUS).sort()).toEqual(EXPECTED.map(([file]) => file));
  });

  it.each(EXPECTED)('%s has front matter with its title, date %s and source', (file, date, source) => {
    const { document, warnings } = readDocument(file, readFileSync(path.join(CORPUS, file), 'utf8'));
    expect(document.date?.iso).toBe(date);
    expect(document.source).toBe(source);
    expect(document.title.length).toBeGreaterThan(5);
    expect(warnings).toEqual([]);
  });

  it.runIf(existsSync(SEEDS)).each(EXPECTED)('%s is the seed file, byte for byte, after the front matter', (file) => {
    const { body } = splitFrontMatter(file, readFileSync(path.join(CORPUS, file), 'utf8'));
    expect(Buffer.from(body, 'utf8').equals(readFileSync(path.join(SEEDS, file)))).toBe(true);
  });
});
