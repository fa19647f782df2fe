import { describe, expect, it } from 'vitest';
import { findNamedThings } from '../../../src/builder/actors/namedThings';
import { graphOf } from '../factories';

describe('findNamedThings', () => {
  it.each([
    ['a programme with a descriptive phrase', "Tusk announced East Shield, a 10 billion zloty programme to fortify Poland's borders.", [{ name: 'East Shield', type: 'programme' }]],
    ['an exercise named in capitals', 'They welcomed FREEDOM EDGE, the first multi-domain trilateral exercise among them.', [{ name: 'FREEDOM EDGE', type: 'programme' }]],
    ['a joint venture', 'Edgewing, the joint venture that will design the aircraft, opened.', [{ name: 'Edgewing', type: 'organisation' }]],
    ['an exercise followed by a comma', 'NATO opened Locked Shields, the annual cyber exercise, in Tallinn.', [{ name: 'Locked Shields', type: 'programme' }]],
    ['a facility by its head word', 'The EU agreed the €50 billion Ukraine Facility in 2024.', [{ name: 'Ukraine Facility', type: 'programme' }]],
    ['an initiative by its head word', 'Berlin launched the European Sky Shield Initiative.', [{ name: 'European Sky Shield Initiative', type: 'programme' }]],
    ['a facility after "a" and an amount', 'Leaders agreed on a €50 billion Ukraine Facility.', [{ name: 'Ukraine Facility', type: 'programme' }]],
    ['lanes opening a sentence', 'The Solidarity Lanes have carried 60 million tonnes.', [{ name: 'Solidarity Lanes', type: 'programme' }]],
  ])('names %s', (_case, text, expected) => {
    expect(findNamedThings(text)).toEqual(expected);
  });

  it.each([
    ['a description with "of" before the head', 'Trump, a fan of the program, spoke.'],
    ['a head that goes on as a noun phrase', 'Smith, a former agency official, said.'],
    ['a sentence-opening word', 'Meanwhile, the programme started.'],
    ['an event its author calls an initiative', 'They won the bid for COP26, a major environmental-diplomacy initiative.'],
    ['a capitalised facility after "a" with no amount', 'They opened a Training Facility near Rome.'],
  ])('leaves out %s', (_case, text) => {
    expect(findNamedThings(text)).toEqual([]);
  });

  it('takes a heading that is only a name, over a section that speaks of "the programme", for that programme', () => {
    const text = '# Air projects\n\n## Eurodrone\n\n- 2016 - Spain joins the programme.\n\n## Background\n\nThe programme was late.\n\n## Tempest\n\nThe jet flew.';
    expect(findNamedThings(text)).toEqual([{ name: 'Eurodrone', type: 'programme' }]);
    expect(graphOf(text).edges.map((e) => [e.source, e.target, e.relation])).toEqual([['spain', 'eurodrone', 'membership']]);
  });

  it('makes the thing a node that relations can reach', () => {
    const graph = graphOf('Poland launched East Shield, a programme to fortify its borders. Poland and Lithuania joined East Shield in 2024.');
    expect(graph.nodes.find((n) => n.id === 'east-shield')).toMatchObject({ label: 'East Shield', type: 'programme' });
    expect(graph.edges.some((e) => [e.source, e.target].includes('east-shield'))).toBe(true);
  });
});
