/** People: found from titles, appositives and honorifics, linked to their country; later mentions resolve to them. */
import { describe, expect, it } from 'vitest';
import { findTitledPeople } from '../../../src/builder/actors/people';
import { doc, edgeSummary, graphOf } from '../factories';
import { recognise } from './recogniseText';

/** "surface=person→country" for the people found, in text order. */
function peopleIn(text: string, source?: string): string[] {
  const { found, recogniser } = recognise(text, source ? { source } : {});
  return found.filter((f) => recogniser.registry.get(f.actor)?.type === 'person').map((f) => `${f.surface}=${f.actor}→${f.actsFor}`);
}

describe('people', () => {
  it.each([
    ['a title with a demonym', 'Japanese Prime Minister Fumio Kishida arrived. Kishida spoke.', ['Fumio Kishida=fumio-kishida→japan', 'Kishida=fumio-kishida→japan']],
    ['an appositive role', 'Rustem Umerov, Ukraine’s defence minister, arrived. Umerov spoke.', ['Rustem Umerov=rustem-umerov→ukraine', 'Umerov=rustem-umerov→ukraine']],
    ['a counterpart with a demonym', 'The minister met his French counterpart Sébastien Lecornu. Lecornu spoke.', ['Sébastien Lecornu=sebastien-lecornu→france', 'Lecornu=sebastien-lecornu→france']],
    ['an honorific, found again as "Dame Helen"', 'Dame Helen Marsh, Britain’s ambassador to Chile, spoke. Dame Helen later left.', ['Dame Helen Marsh=helen-marsh→united-kingdom', 'Dame Helen=helen-marsh→united-kingdom']],
    ['an organisation’s office holder acts for the organisation', 'NATO Secretary General Mark Rutte met Polish officials. Rutte spoke.', ['Mark Rutte=mark-rutte→nato', 'Rutte=mark-rutte→nato']],
    ['a possessive country before the title, a name with a particle', 'Peru’s Foreign Minister Elmer Schialer met Chile’s Foreign Minister Alberto van Klaveren.', ['Elmer Schialer=elmer-schialer→peru', 'Alberto van Klaveren=alberto-van-klaveren→chile']],
    ['initials, and a capitalised office between the demonym and the title', 'Indian External Affairs Minister S. Jaishankar met the press. Jaishankar spoke.', ['S. Jaishankar=s-jaishankar→india', 'Jaishankar=s-jaishankar→india']],
    ['President X of Country', 'President Hakainde Hichilema of Zambia met investors.', ['Hakainde Hichilema=hakainde-hichilema→zambia']],
    ['a portfolio title before the name', 'Minister of Defense Minoru Kihara of Japan arrived. Secretary of Foreign Affairs Enrique Manalo of the Philippines spoke.', ['Minoru Kihara=minoru-kihara→japan', 'Enrique Manalo=enrique-manalo→philippines']],
    ['an appositive "spokesperson for the <demonym> ministry"', 'Ana Ruiz, a spokesperson for the Peruvian foreign ministry, said talks went well. Ruiz added more.', ['Ana Ruiz=ana-ruiz→peru', 'Ruiz=ana-ruiz→peru']],
  ])('%s', (_case, text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });

  it('gives a person with no stated country the country the document’s source names', () => {
    const text = 'Defence Minister Anna Kowalczyk visited the front. Kowalczyk spoke.';
    expect(peopleIn(text, 'Polish Ministry of Defence')).toEqual(['Anna Kowalczyk=anna-kowalczyk→poland', 'Kowalczyk=anna-kowalczyk→poland']);
    expect(peopleIn(text)).toEqual(['Anna Kowalczyk=anna-kowalczyk→null', 'Kowalczyk=anna-kowalczyk→null']);
  });

  it('does not give the source’s country to officials met "with", nor to those named alongside them', () => {
    const text = 'Defence Minister Anna Kowalczyk held talks with Secretary of Defense Jonas Petraitis and Foreign Minister Ruta Vaitkus.';
    expect(peopleIn(text, 'Polish Ministry of Defence')).toEqual(['Anna Kowalczyk=anna-kowalczyk→poland', 'Jonas Petraitis=jonas-petraitis→null', 'Ruta Vaitkus=ruta-vaitkus→null']);
  });

  it('does not give the source’s country to a guest mentioned again later ("President Kowalik thanked …")', () => {
    const text = 'The Prime Minister welcomed President Jan Kowalik to Warsaw. President Kowalik thanked the Prime Minister.';
    expect(peopleIn(text, 'Prime Minister’s Office, 10 Downing Street').filter((p) => p.includes('kowalik'))).toEqual(['Jan Kowalik=jan-kowalik→null', 'Kowalik=jan-kowalik→null']);
  });

  it('does not give a "counterpart" the source’s country', () => {
    expect(peopleIn('Defence Minister Anna Kowalczyk met her counterpart Jonas Petraitis.', 'Polish Ministry of Defence')).toEqual([
      'Anna Kowalczyk=anna-kowalczyk→poland',
      'Jonas Petraitis=jonas-petraitis→null',
    ]);
  });

  it('relates the countries of people who act, and links each person to their country', () => {
    const graph = graphOf('Kenyan Foreign Minister Amina Odhiambo met her Ugandan counterpart Grace Namutebi. Odhiambo and Namutebi signed an accord.');
    expect(edgeSummary(graph)).toEqual(['amina-odhiambo~kenya:membership', 'grace-namutebi~uganda:membership', 'kenya~uganda:agreement', 'kenya~uganda:meeting']);
    expect(graph.nodes.find((n) => n.id === 'grace-namutebi')).toMatchObject({ type: 'person', label: 'Grace Namutebi', country: 'uganda', aliases: ['Grace Namutebi', 'Namutebi'] });
  });

  it('knows well-known leaders and ministers of the last decade by surname alone, for their country or organisation', () => {
    expect(edgeSummary(graphOf('Merkel spoke on the phone with Abe about Draghi.'))).toContain('germany~japan:meeting');
    expect(edgeSummary(graphOf('Crosetto met Kihara in Tokyo.'))).toContain('italy~japan:meeting');
    expect(edgeSummary(graphOf('Kallas criticised Peskov.'))).toContain('european-union~russia:tension');
  });

  it('lets a document place a person where it says they serve, over the lexicon and other documents (offices change hands)', () => {
    expect(peopleIn('Dutch Prime Minister Mark Rutte met Polish officials. Rutte spoke.')).toEqual(['Mark Rutte=mark-rutte→netherlands', 'Rutte=mark-rutte→netherlands']);
    const earlier = doc('Dutch Prime Minister Mark Rutte met Polish Prime Minister Donald Tusk in Warsaw.', { date: '2023-05-02' });
    const later = doc('NATO Secretary General Mark Rutte met Polish Prime Minister Donald Tusk in Warsaw.', { date: '2025-01-20' });
    expect(edgeSummary(graphOf([earlier, later]))).toEqual([
      'donald-tusk~poland:membership', // 2023 and 2025
      'donald-tusk~poland:membership',
      'mark-rutte~nato:membership',
      'mark-rutte~netherlands:membership',
      'nato~poland:meeting',
      'netherlands~poland:meeting',
    ]);
  });

  it('gives a person acting for no known country no edge and no country', () => {
    const graph = graphOf('Defence Minister Anna Kowalczyk met officials. Kowalczyk agreed to help Lithuania.');
    expect(graph.edges).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'anna-kowalczyk')).not.toHaveProperty('country');
  });
});

describe('findTitledPeople', () => {
  it('finds the name after a title and stops at words that cannot be names', () => {
    const text = 'President Trump’s Administration met Prime Minister Ana Brnabić on Monday.';
    expect(findTitledPeople(text).map((p) => p.name)).toEqual(['Trump', 'Ana Brnabić']);
  });

  it('finds an appositive role and gives the spans of name and role', () => {
    const text = 'Tomas Lindqvist, Sweden’s defence minister, arrived.';
    const [person] = findTitledPeople(text);
    expect(person).toMatchObject({ name: 'Tomas Lindqvist', nameStart: 0, nameEnd: 15 });
    expect(text.slice(person!.roleStart, person!.roleEnd)).toBe('Sweden’s defence minister');
  });

  it('finds nobody in a sentence without titles', () => {
    expect(findTitledPeople('The Baltic States met in Riga.')).toEqual([]);
  });

  it.each([
    ['a middle initial and a suffix', 'United States Secretary of Defense Lloyd J. Austin III held talks.', 'Lloyd J. Austin'],
    ['a surname written in capitals first', 'Japanese Minister of Defense KIHARA Minoru met them.', 'KIHARA Minoru'],
    ['a hyphenated given name after a capitalised surname', 'They met Minister SHIN Won-sik in Seoul.', 'SHIN Won-sik'],
    ['a speaker of a house', 'It followed a visit by then-U.S. House Speaker Nancy Pelosi in 2022.', 'Nancy Pelosi'],
    ['a title made of two titles', 'Chief Cabinet Secretary Yoshimasa Hayashi said so.', 'Yoshimasa Hayashi'],
    ['an honorific before a surname in capitals', 'They were received by H.E. PARK Jin in Seoul.', 'PARK Jin'],
    ['a title with its country before the name, between commas', 'Speech by the Minister of Foreign Affairs of the Republic of Armenia, Ararat Mirzoyan, at the Dialogue.', 'Ararat Mirzoyan'],
    ['an Indian title and honorific', 'Raksha Mantri Shri Rajnath Singh met the minister.', 'Rajnath Singh'],
    ['a signatory of a memorandum', 'For the Republic of Finland: Pekka Haavisto, Minister for Foreign Affairs', 'Pekka Haavisto'],
    ['a leader named by their government', 'The government of Ingrida Šimonytė took office in 2020.', 'Ingrida Šimonytė'],
    ['a speaker label in a parliament’s verbatim record', 'ZARZALEJOS, Javier (PPE). - Madam President, the Council failed.', 'Javier Zarzalejos'],
    ['a speaker label with a two-word surname', 'VAN DAMME, Pieter (Renew). - The Council failed.', 'Pieter Van Damme'],
  ])('finds a person with %s', (_case, text, name) => {
    expect(findTitledPeople(text).map((p) => p.name)).toEqual([name]);
  });

  it('finds each person after a plural title', () => {
    expect(findTitledPeople('Prime Ministers Fumio Kishida and Scott Morrison signed the agreement.').map((p) => p.name)).toEqual(['Fumio Kishida', 'Scott Morrison']);
  });

  it('makes a node of a speaker in a verbatim record, found again as written', () => {
    const graph = graphOf('HAJŠEL, Róbert (S&D). - Colleagues, Slovakia is a neighbour of Hungary.');
    expect(graph.nodes.find((n) => n.id === 'robert-hajsel')).toMatchObject({ label: 'Róbert Hajšel', type: 'person', aliases: ['HAJŠEL, Róbert'] });
  });

  it('does not take "Mr Smith" (an honorific before an ordinary surname) for an official', () => {
    expect(findTitledPeople('Mr Smith said the talks went well.')).toEqual([]);
  });
});
