/** Domains of an edge: every domain the sentence's wording names, the organisation's own, else diplomacy. */
import { describe, expect, it } from 'vitest';
import { domainsIn, topicDomains } from '../../../src/builder/relations/domains';
import { graphOf } from '../factories';

const domainsOf = (text: string): string[][] => graphOf(text).edges.map((e) => e.domains);

describe('edge domains', () => {
  it.each([
    ['migration and border security', 'Canada and Mexico signed an agreement on migration and border security.', ['security', 'migration']],
    ['cyber, space, climate and defence at once', 'Canada and Mexico signed an agreement on cyber defence, space launchers and climate.', ['defence', 'cyber', 'space', 'climate']],
    ['trade', 'Canada and Mexico signed a trade agreement.', ['economy']],
    ['student exchanges', 'Canada and Mexico signed an agreement on student exchanges.', ['culture']],
    ['disaster relief', 'Canada and Mexico signed an agreement on disaster relief.', ['humanitarian']],
    ['nothing specific: diplomacy', 'Canada and Mexico signed an agreement.', ['diplomacy']],
    ['radars and hybrid attacks', 'Canada provided radars to Mexico against hybrid attacks.', ['defence', 'security']],
    ['rocket launchers are defence, not space', 'Canada bought rocket launchers from Mexico.', ['defence']],
    ['jet engine co-production', 'Canada and Mexico signed an agreement on jet engine co-production.', ['defence', 'industry']],
  ])('%s', (_case, text, domains) => {
    expect(domainsOf(text)).toEqual([domains]);
  });

  it('adds an organisation’s default domain (NATO → defence) to its edges only', () => {
    const graph = graphOf('Turkey blocked NATO.');
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0]!.domains).toEqual(['defence']);
    expect(domainsOf('Turkey blocked Greece.')).toEqual([['diplomacy']]);
  });

  it('counts a quarrel in words as diplomacy besides what it is about, not sanctions or shows of force', () => {
    expect(domainsOf('Poland criticised Belarus over migrants at the border.')).toEqual([['security', 'migration', 'diplomacy']]);
    expect(domainsOf('Canada imposed sanctions on Russia over its military buildup.')).toEqual([['defence', 'economy']]);
  });

  it('counts a meeting as diplomacy besides what it was about', () => {
    expect(domainsOf('Turkey met Greek officials to discuss defence procurement.')).toEqual([['defence', 'industry', 'diplomacy']]);
    expect(domainsOf('Turkey signed a defence procurement deal with Greece.')).toEqual([['defence', 'industry']]);
  });

  it('merges the domains of every sentence that supports the same edge', () => {
    const graph = graphOf('Canada and Mexico signed an agreement on trade in 2020. Canada and Mexico signed an agreement on refugees in 2020.');
    expect(graph.edges.map((e) => e.domains)).toEqual([['migration', 'economy']]);
  });
});

describe('domainsIn', () => {
  it('lists the domains in vocabulary order, each once', () => {
    expect(domainsIn('Trade, climate, troops and more troops.')).toEqual(['defence', 'economy', 'climate']);
  });

  it('matches whole words only', () => {
    expect(domainsIn('The warden and the armchair.')).toEqual([]);
  });

  it('is empty when nothing matches', () => {
    expect(domainsIn('They shook hands.')).toEqual([]);
  });

  it('reads sports events as culture and access or visiting-forces agreements as defence', () => {
    expect(domainsIn('Spain, Portugal and Morocco will jointly host the 2030 World Cup')).toEqual(['culture']);
    expect(domainsIn('Japan and Australia signed a Reciprocal Access Agreement')).toEqual(['defence']);
  });

  it('gives a clause that names no domain those of the paragraph’s earlier sentence, with diplomacy', () => {
    const graph = graphOf('Migrant arrivals from Tunisia rose sharply. Italy and Albania signed a protocol in Rome.\n\nGhana and Togo signed an accord.');
    const byPair = Object.fromEntries(graph.edges.map((e) => [[e.source, e.target].sort().join('~'), e.domains]));
    expect(byPair['albania~italy']).toEqual(['migration', 'diplomacy']);
    expect(byPair['ghana~togo']).toEqual(['diplomacy']);
  });

  it('gives a relation whose paragraph names no domain those most of its document’s sentences name, with diplomacy', () => {
    const story = [
      'Migrant boats kept arriving in Lampedusa.',
      'The asylum system was overwhelmed, and migrants waited for weeks.',
      'Refugees from Libya followed.',
      'Officials also discussed trade.',
      '',
      'Italy and Albania signed a protocol in Rome.',
    ].join('\n');
    const graph = graphOf(story);
    expect(graph.edges.map((e) => [e.source, e.target, e.domains])).toEqual([['italy', 'albania', ['migration', 'diplomacy']]]);
  });

  it('gives a clause that names no domain those of its whole sentence first', () => {
    const graph = graphOf('Germany signed a contract with Israel, after the United States approved the missile sale in August.');
    const germanyIsrael = graph.edges.find((e) => [e.source, e.target].sort().join('~') === 'germany~israel');
    expect(germanyIsrael?.domains).toEqual(['defence', 'diplomacy']);
  });
});

describe('topicDomains', () => {
  it('names the domains of at least half as many sentences as the most named one, not diplomacy', () => {
    const sentences = ['Troops crossed.', 'The army moved.', 'Missiles fell.', 'Trade fell.', 'Refugees fled the war.', 'Diplomats met.', 'Diplomats talked.', 'Diplomats left.'];
    expect(topicDomains(sentences.map((s) => domainsIn(s)))).toEqual(['defence']);
    expect(topicDomains([...sentences, 'Refugees waited.'].map((s) => domainsIn(s)))).toEqual(['defence', 'migration']);
  });

  it('is empty when no domain is named in two sentences', () => {
    expect(topicDomains(['Troops crossed.', 'Trade fell.'].map((s) => domainsIn(s)))).toEqual([]);
  });
});
