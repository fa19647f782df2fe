/** Countries: names, official names, alternative spellings, demonyms, capitals, seats of government. */
import { describe, expect, it } from 'vitest';
import { edgeSummary, graphOf, nodeIds } from '../factories';
import { mentionsIn } from './recogniseText';

describe('country recognition', () => {
  it.each([
    ['common names', 'Leaders of Kenya and Chile met.', ['Kenya=kenya', 'Chile=chile']],
    ['official names', 'The Grand Duchy of Luxembourg met the French Republic and the Federal Republic of Germany.', ['Grand Duchy of Luxembourg=luxembourg', 'French Republic=france', 'Federal Republic of Germany=germany']],
    ['alternative spellings', 'Leaders of Holland, Ivory Coast, Czechia and the Czech Republic met.', ['Holland=netherlands', 'Ivory Coast=ivory-coast', 'Czechia=czechia', 'Czech Republic=czechia']],
    ['short forms', 'Officials of the UK, Britain and the USA met.', ['UK=united-kingdom', 'Britain=united-kingdom', 'USA=united-states']],
    ['the acronyms of the Koreas', 'Officials of the ROK and the DPRK met.', ['ROK=south-korea', 'DPRK=north-korea']],
    ['demonyms, plural "Italians" included', 'Italians welcomed the Italian government and Japanese firms.', ['Italians=italy', 'Italian=italy', 'Japanese=japan']],
    ['capitals', 'Officials in Kyiv, Tokyo and Rome reacted.', ['Kyiv=ukraine', 'Tokyo=japan', 'Rome=italy']],
    ['seats of government', 'Downing Street, the White House and the Kremlin reacted.', ['Downing Street=united-kingdom', 'White House=united-states', 'Kremlin=russia']],
    ['"Brussels" as the European Union (the lexicon overrides Belgium’s capital)', 'Talks in Brussels and in Paris ended.', ['Brussels=european-union', 'Paris=france']],
  ])('%s', (_case, text, expected) => {
    expect(mentionsIn(text)).toEqual(expected);
  });

  it('matches on word boundaries only: "Japanese" is not "Japan", "Japanology" is nothing', () => {
    expect(mentionsIn('The Japanese delegation studied Japanology.')).toEqual(['Japanese=japan']);
  });

  it('does not take an ambiguous name next to a capitalised word ("Michael Jordan", "Chad Smith")', () => {
    expect(mentionsIn('Michael Jordan played basketball. Chad Smith played drums.')).toEqual([]);
  });

  it('takes an ambiguous name alone, or after a function word', () => {
    expect(mentionsIn('Officials said Jordan and Chad will meet. In Jordan talks went on.')).toEqual(['Jordan=jordan', 'Chad=chad', 'Jordan=jordan']);
  });

  it('labels a country node with its common name and keeps the surface forms as aliases', () => {
    const graph = graphOf('Britain and the Italians signed an agreement in Rome.');
    expect(graph.nodes.map((n) => [n.id, n.label, n.type, n.aliases])).toEqual([
      ['italy', 'Italy', 'country', ['Italians', 'Rome']],
      ['united-kingdom', 'United Kingdom', 'country', ['Britain']],
    ]);
  });

  it('keeps alternative spellings with Latin-1 accents, not spellings in a country’s own alphabet extensions, and reads a typographic apostrophe as a straight one', () => {
    expect(mentionsIn('Türkiye, Côte d’Ivoire and Azərbaycan Respublikası.')).toEqual(['Türkiye=turkiye', "Côte d'Ivoire=ivory-coast"]);
  });

  it('recognises "the US" as the United States', () => {
    expect(mentionsIn('The US and Canada signed an agreement.')).toEqual(['US=united-states', 'Canada=canada']);
    expect(edgeSummary(graphOf('The US and Canada signed an agreement.'))).toEqual(['canada~united-states:agreement']);
  });

  it.each([
    ['the South China Sea', 'Vietnam and the Philippines held talks on the South China Sea.', 'china'],
    ['the Indian Ocean', 'Kenya and Tanzania signed an accord to protect the Indian Ocean coastline.', 'india'],
    ['New Mexico', 'Officials from New Mexico met Canadian diplomats.', 'mexico'],
    ['the Paris Agreement', 'Chile and Peru signed the Paris Agreement.', 'france'],
    ['an ethnic group', 'Kosovo installed ethnic Albanian mayors, and Serbia protested.', 'albania'],
  ])('does not take %s for a country', (_case, text, country) => {
    expect(nodeIds(graphOf(text))).not.toContain(country);
  });

  it('reads a combining form before another country as its country ("Franco-German", "Sino-Russian"), and nothing else', () => {
    expect(mentionsIn('A Franco-German-Spanish project and Sino-Russian ties.')).toEqual(['Franco=france', 'German=germany', 'Spanish=spain', 'Sino=china', 'Russian=russia']);
    expect(mentionsIn('The Indo-Pacific and Anglo-Saxon law.')).toEqual([]);
    expect(edgeSummary(graphOf('Sino-Russian ties deepened in 2023.'))).toEqual(['china~russia:cooperation']);
  });

  it('does not take the city in a treaty’s name for its country ("the Rome Statute", "the Warsaw Pact")', () => {
    expect(mentionsIn('Armenia ratified the Rome Statute and left the Warsaw Pact.')).toEqual(['Armenia=armenia']);
  });

  it('takes a capital that only says where a summit was for no party ("the Vilnius Summit", "a summit in Madrid")', () => {
    expect(mentionsIn('The Council met at the Vilnius Summit, and again at the 2025 Summit in Madrid.')).toEqual([]);
    expect(mentionsIn('Talks in Vilnius and the EU-China Summit.')).toEqual(['Vilnius=lithuania', 'EU=european-union', 'China=china']);
  });
});
