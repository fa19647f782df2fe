/** Segmentation: paragraphs and sentences in the document's own coordinates, noise left out, broken paragraphs joined. */
import { describe, expect, it } from 'vitest';
import { maskInlineNoise } from '../../../src/builder/text/noise';
import { segmentDocument, type Sentence } from '../../../src/builder/text/segment';

const texts = (sentences: readonly Sentence[]): string[] => sentences.map((s) => s.text);
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every sentence's words are in the document slice it points at, once whitespace is collapsed and noise masked. */
function expectOffsetsPointIntoText(text: string): void {
  const masked = maskInlineNoise(text);
  for (const sentence of segmentDocument(text).sentences) {
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(collapse(masked.slice(sentence.start, sentence.end))).toBe(sentence.text);
  }
}

describe('segmentDocument', () => {
  it('gives each sentence its start and end in the document text', () => {
    const text = 'Peru and Chile met in Lima. They signed a fisheries accord on Tuesday.\n\nEcuador watched the talks closely from Quito.';
    const { sentences } = segmentDocument(text);
    expect(sentences.map((s) => [s.text, s.start, s.end, s.paragraph])).toEqual([
      ['Peru and Chile met in Lima.', 0, 27, 0],
      ['They signed a fisheries accord on Tuesday.', 28, 70, 0],
      ['Ecuador watched the talks closely from Quito.', 72, 117, 1],
    ]);
  });

  it.each([
    ['collapsed whitespace', 'Peru  and   Chile met in Lima on Tuesday\nand they agreed on trade and on the protection of fisheries.'],
    ['a footnote number glued after a full stop', 'Trade between Peru and Chile grew in all sectors.1 Exports rose sharply in the third quarter of the year.'],
    ['a paragraph broken across a blank line', 'Peru and Chile agreed to expand\n\ntheir cooperation on fisheries and on coastal patrols in the Pacific.'],
    ['a paragraph broken around a footnote marker', 'Peru and Chile signed the accord in the presence of the\n\n<sup>3</sup>\n\nforeign ministers of both countries and many observers.'],
    ['a link inside a sentence', 'Peru and Chile, as reported at https://example.org/news/1, met on Tuesday in Lima to discuss trade.'],
  ])('keeps offsets that point into the document: %s', (_case, text) => {
    expectOffsetsPointIntoText(text);
  });

  it('removes a footnote number glued after a full stop and splits the sentences there', () => {
    const { sentences } = segmentDocument('Trade between Peru and Chile grew in all sectors.1 Exports rose sharply in the third quarter of the year.');
    expect(texts(sentences)).toEqual(['Trade between Peru and Chile grew in all sectors.', 'Exports rose sharply in the third quarter of the year.']);
  });

  it('joins a paragraph broken across a blank line when the next block starts in lower case', () => {
    const text = 'Peru and Chile agreed to expand\n\ntheir cooperation on fisheries and on coastal patrols in the Pacific.';
    const { sentences } = segmentDocument(text);
    expect(sentences.map((s) => [s.text, s.start, s.end])).toEqual([['Peru and Chile agreed to expand their cooperation on fisheries and on coastal patrols in the Pacific.', 0, text.length]]);
  });

  it('joins a paragraph broken around a footnote marker on a line of its own', () => {
    const { sentences } = segmentDocument('Peru and Chile signed the accord in the presence of the\n\n<sup>3</sup>\n\nForeign Minister Ana Ruiz and many observers.');
    expect(texts(sentences)).toEqual(['Peru and Chile signed the accord in the presence of the Foreign Minister Ana Ruiz and many observers.']);
  });

  it('keeps a short first piece of a broken paragraph that ends on "and"', () => {
    const { sentences } = segmentDocument('Peru and\n\nthen Chile signed the accord on Tuesday in Lima.');
    expect(texts(sentences)).toEqual(['Peru and then Chile signed the accord on Tuesday in Lima.']);
  });

  it('does not join two paragraphs when the first ends a sentence', () => {
    const { sentences } = segmentDocument('Peru and Chile signed the accord on fisheries in Lima.\n\nthe next day, Ecuador asked to join the talks in Quito.');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('maps positions in a sentence back to the document with toDocument', () => {
    const text = 'Intro to the talks on fisheries in Lima.\n\nAfter long talks on the fishing quotas, Peru  and\n\nthen   Chile signed the accord on Tuesday in Lima.';
    const sentence = segmentDocument(text).sentences.find((s) => s.text.includes('Chile'))!;
    const at = sentence.text.indexOf('Chile');
    expect(text.slice(sentence.toDocument(at), sentence.toDocument(at) + 'Chile'.length)).toBe('Chile');
    expect(sentence.toDocument(0)).toBe(text.indexOf('After'));
    expect(sentence.toDocument(sentence.text.length - 1) + 1).toBe(sentence.end);
  });

  it('drops pieces without letters and gives nothing for empty or blank text', () => {
    expect(segmentDocument('').sentences).toEqual([]);
    expect(segmentDocument(' \n\n\t ').sentences).toEqual([]);
    expect(texts(segmentDocument('Peru and Chile met. 2024. ... Talks went on for hours in Lima.').sentences)).toEqual(['Peru and Chile met.', 'Talks went on for hours in Lima.']);
  });
});
