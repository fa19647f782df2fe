/** Organisations and programmes: the lexicon, acronyms the corpus defines, "Operation X"; lexicon validation. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_FILES, parseLexiconFile } from '../../../src/builder/actors/lexicon';
import { findAcronymDefinitions } from '../../../src/builder/actors/acronyms';
import { buildGraph } from '../../../src/builder/index';
import { InputError } from '../../../src/builder/types';
import { doc } from '../factories';
import { mentionsIn, recognise } from './recogniseText';

describe('lexicon organisations and programmes', () => {
  it('finds organisations by name and alias', () => {
    expect(mentionsIn('NATO, the United Nations, the African Union, ASEAN and the IMF met.')).toEqual([
      'NATO=nato',
      'United Nations=united-nations',
      'African Union=african-union',
      'ASEAN=asean',
      'IMF=imf',
    ]);
  });

  it('finds courts, armed groups, EU missions and migration frameworks', () => {
    expect(mentionsIn('The ECtHR, the M23, the Arakan Army, EUMM Georgia, EUPM Moldova, the Bali Process and the Pact on Migration and Asylum.')).toEqual([
      'ECtHR=echr-court',
      'M23=m23',
      'Arakan Army=arakan-army',
      'EUMM Georgia=eumm-georgia',
      'EUPM Moldova=eupm-moldova',
      'Bali Process=bali-process',
      'Pact on Migration and Asylum=eu-migration-pact',
    ]);
    expect(mentionsIn('The United Nations High Commissioner for Refugees and the International Organisation for Migration.')).toEqual([
      'United Nations High Commissioner for Refugees=unhcr',
      'International Organisation for Migration=iom',
    ]);
  });

  it('finds regional bodies, armed groups and arms-control and migration frameworks of Europe and Asia', () => {
    expect(mentionsIn('The CIS, the IRGC, the Pakistani Taliban, OCCAR, Baltic Sentry, the JCPOA and the Khartoum Process.')).toEqual([
      'CIS=cis',
      'IRGC=irgc',
      'Pakistani Taliban=ttp',
      'OCCAR=occar',
      'Baltic Sentry=baltic-sentry',
      'JCPOA=jcpoa',
      'Khartoum Process=khartoum-process',
    ]);
  });

  it('gives lexicon programmes the programme type', () => {
    const { found, recogniser } = recognise('Norway joined PESCO projects.');
    expect(found.map((f) => f.actor)).toEqual(['norway', 'pesco']);
    expect(recogniser.registry.get('pesco')?.type).toBe('programme');
  });
});

describe('acronym definitions', () => {
  it('learns "Future Combat Air System (FCAS)" as a programme when the lexicon does not know it, and finds the acronym later', () => {
    const lexicon = DEFAULT_LEXICON_FILES.map((file) => ({ ...file, actors: file.actors.filter((a) => a.id !== 'fcas') }));
    const { found, recogniser } = recognise('Germany and Spain launched the Future Combat Air System (FCAS). Later, FCAS stalled.', { lexicon });
    expect(found.map((f) => `${f.surface}=${f.actor}`)).toEqual([
      'Germany=germany',
      'Spain=spain',
      'Future Combat Air System=future-combat-air-system',
      'FCAS=future-combat-air-system',
      'FCAS=future-combat-air-system',
    ]);
    expect(recogniser.registry.get('future-combat-air-system')).toMatchObject({ type: 'programme', label: 'Future Combat Air System' });
  });

  it('keeps the lexicon’s own FCAS entry when it knows it', () => {
    expect(mentionsIn('Later, the Future Combat Air System (FCAS) stalled.')).toEqual(['Future Combat Air System=fcas', 'FCAS=fcas']);
  });

  it('learns an unknown "… Initiative (CSI)" as a programme and an unknown "… Council (NFC)" as an organisation', () => {
    expect(findAcronymDefinitions('Germany joined the Common Security Initiative (CSI) and the Nordic Fisheries Council (NFC).')).toEqual([
      { longForm: 'Common Security Initiative', acronym: 'CSI', type: 'programme' },
      { longForm: 'Nordic Fisheries Council', acronym: 'NFC', type: 'organisation' },
    ]);
  });

  it('does not make an actor of a "Memorandum of Understanding (MoU)"', () => {
    expect(findAcronymDefinitions('They signed a Memorandum of Understanding (MoU).')).toEqual([{ longForm: 'Memorandum of Understanding', acronym: 'MoU', type: null }]);
    expect(findAcronymDefinitions('The UK joined the European Long-Range Strike Approach (ELSA).')).toEqual([{ longForm: 'European Long-Range Strike Approach', acronym: 'ELSA', type: 'programme' }]);
    expect(mentionsIn('Chile and Peru signed a Memorandum of Understanding (MoU). The MoU is short.')).toEqual(['Chile=chile', 'Peru=peru']);
  });

  it('makes the acronym of a known actor its alias', () => {
    const lexicon = [...DEFAULT_LEXICON_FILES, parseLexiconFile({ actors: [{ id: 'nordic-fisheries-council', label: 'Nordic Fisheries Council', type: 'organisation', aliases: [] }] }, 'test.json')];
    const text = 'Iceland joined the Nordic Fisheries Council (NFC) in 2010. Norway later joined the NFC.';
    expect(mentionsIn(text, { lexicon })).toEqual(['Iceland=iceland', 'Nordic Fisheries Council=nordic-fisheries-council', 'NFC=nordic-fisheries-council', 'Norway=norway', 'NFC=nordic-fisheries-council']);
    const { graph } = buildGraph([doc(text)], { lexicon });
    expect(graph.nodes.find((n) => n.id === 'nordic-fisheries-council')?.aliases).toEqual(['NFC', 'Nordic Fisheries Council']);
  });

  it('makes a country’s own forces, defined with an acronym, an alias of that country', () => {
    const { graph } = buildGraph([doc('The Australian Defence Force (ADF) will train with Japan. Later the ADF met the Indian Navy.')]);
    expect(graph.nodes.map((n) => n.id)).not.toContain('australian-defence-force');
    expect(graph.edges.some((e) => [e.source, e.target].sort().join('~') === 'australia~japan')).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'australia')?.aliases).toContain('ADF');
  });

  it('holds an acronym defined in one document for the whole corpus', () => {
    const { graph } = buildGraph([doc('Spain backed the Atlantic Coast Guard Forum (ACGF).', { id: 'a' }), doc('Portugal joined the ACGF last year.', { id: 'b' })]);
    const edge = graph.edges.find((e) => e.source === 'portugal' || e.target === 'portugal');
    expect(edge).toMatchObject({ relation: 'membership' });
    expect(graph.nodes.find((n) => n.id === 'atlantic-coast-guard-forum')).toMatchObject({ type: 'organisation', aliases: ['ACGF', 'Atlantic Coast Guard Forum'] });
  });
});

describe('"Operation X" and "Exercise X"', () => {
  it('makes a programme of each named operation', () => {
    const { found, recogniser } = recognise('Operation Atalanta and Operation Sea Guardian continue.');
    expect(found.map((f) => f.actor)).toEqual(['operation-atalanta', 'operation-sea-guardian']);
    expect(recogniser.registry.get('operation-sea-guardian')).toMatchObject({ type: 'programme', label: 'Operation Sea Guardian' });
  });

  it('makes a defence programme of each named exercise', () => {
    const { found, recogniser } = recognise('Japanese troops joined Exercise Talisman Sabre after Exercise Pitch Black.');
    expect(found.map((f) => f.actor)).toEqual(['japan', 'exercise-talisman-sabre', 'exercise-pitch-black']);
    expect(recogniser.registry.get('exercise-talisman-sabre')).toMatchObject({ type: 'programme', label: 'Exercise Talisman Sabre', domains: ['defence'] });
  });

  it('links a country taking part in an operation by membership', () => {
    const { graph } = buildGraph([doc('Greece took part in Operation Irini in 2021.')]);
    expect(graph.edges.map((e) => [e.source, e.target, e.relation])).toEqual([['greece', 'operation-irini', 'membership']]);
  });
});

describe('parseLexiconFile', () => {
  it('accepts a valid file and fills the defaults', () => {
    expect(parseLexiconFile({ ambiguousNames: ['Georgia'] }, 'extra.json')).toEqual({ actors: [], people: [], countryAliases: {}, ignoredCapitals: [], ambiguousNames: ['Georgia'], notActors: [] });
  });

  it.each([
    ['an id with capitals', { actors: [{ id: 'Bad Id', label: 'X', type: 'organisation', aliases: [] }] }, /actors\.0\.id: an id is lowercase/],
    ['an unknown actor type', { actors: [{ id: 'x', label: 'X', type: 'club', aliases: [] }] }, /actors\.0\.type/],
    ['an unknown domain', { actors: [{ id: 'x', label: 'X', type: 'organisation', aliases: [], domains: ['sports'] }] }, /actors\.0\.domains\.0/],
    ['a person with neither country nor organisation', { people: [{ name: 'Anna Berg' }] }, /people\.0: a person needs a country or an organisation/],
    ['a country code that is not alpha-3', { people: [{ name: 'Anna Berg', country: 'se' }] }, /people\.0\.country: a country is an ISO 3166-1 alpha-3 code/],
    ['not an object', ['NATO'], /\(root\)/],
  ])('rejects %s with an InputError naming the file', (_case, raw, message) => {
    let error: unknown;
    try {
      parseLexiconFile(raw, 'data/lexicon/extra.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('data/lexicon/extra.json');
    expect((error as InputError).message).toMatch(/^data\/lexicon\/extra\.json: invalid lexicon: /);
    expect((error as InputError).message).toMatch(message);
  });
});
