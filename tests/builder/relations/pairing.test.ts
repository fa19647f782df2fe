/**
 * Who is paired with whom: coordinated subjects, listed objects, references to earlier actors ("the two
 * countries"), "we" in a quotation, quotation speakers and co-agents.
 */
import { describe, expect, it } from 'vitest';
import { edgeSummary, edgesBetween, graphOf } from '../factories';

describe('subject grouping', () => {
  it('pairs coordinated subjects with each other and with every listed object, but not the objects with each other', () => {
    expect(edgeSummary(graphOf('France and Germany are members of the UN, the EU and NATO.'))).toEqual([
      'european-union~france:membership',
      'european-union~germany:membership',
      'france~germany:cooperation',
      'france~nato:membership',
      'france~united-nations:membership',
      'germany~nato:membership',
      'germany~united-nations:membership',
    ]);
  });

  it('does not pair the members a consortium or coalition is made of, or the co-chairs of a body, with each other', () => {
    expect(edgeSummary(graphOf('The Eurofighter is built by a consortium of the UK, Germany, Italy and Spain, so every partner had to approve the export.'))).toEqual([
      'eurofighter~germany:cooperation',
      'eurofighter~italy:cooperation',
      'eurofighter~spain:cooperation',
      'eurofighter~united-kingdom:cooperation',
    ]);
    expect(edgeSummary(graphOf('Portugal joined a coalition of France and Spain.'))).toEqual(['france~portugal:cooperation', 'portugal~spain:cooperation']);
    expect(edgeSummary(graphOf('The OSCE Minsk Group, co-chaired by France, Russia and the United States, had been mediating since 1992.'))).toEqual([
      'france~minsk-group:cooperation',
      'minsk-group~russia:cooperation',
      'minsk-group~united-states:cooperation',
    ]);
  });

  it('makes the leader of an organisation or programme ("the NATO-led Kosovo Force", "X, the EU-led force") work with it', () => {
    expect(edgeSummary(graphOf('Yerevan invoked a clause of the Russia-led Collective Security Treaty Organization.'))).toEqual(['csto~russia:cooperation']);
    expect(edgeSummary(graphOf('EUFOR Althea, the EU-led peacekeeping force, was extended.'))).toEqual(['eufor-althea~european-union:cooperation']);
    expect(edgeSummary(graphOf('A Chinese-led inspection found nothing.'))).toEqual([]);
  });

  it('pairs every member of a coordinated list of three subjects', () => {
    expect(edgeSummary(graphOf('Spain, Portugal and Greece signed a joint declaration.'))).toEqual(['greece~portugal:agreement', 'greece~spain:agreement', 'portugal~spain:agreement']);
  });

  it('makes co-subjects that back, criticise or attack a thing partners, not each other’s supporters or critics', () => {
    expect(edgeSummary(graphOf('Spain and Greece backed the initiative.'))).toEqual(['greece~spain:cooperation']);
    expect(edgeSummary(graphOf('France and India condemned the attack.'))).toEqual(['france~india:cooperation']);
    expect(edgeSummary(graphOf('Serbia and Kosovo criticised each other.'))).toEqual(['kosovo~serbia:tension']);
    expect(edgeSummary(graphOf('Armenia and Azerbaijan clashed on the border.'))).toEqual(['armenia~azerbaijan:conflict']);
  });

  it('does not make a list after a preposition co-subjects when the clause names no subject', () => {
    expect(edgeSummary(graphOf('Under the support scheme, €156 million was allocated in 2023 to Bulgaria, Hungary, Poland, Romania and Slovakia.'))).toEqual([]);
    expect(edgeSummary(graphOf('Finland said arrivals of migrants from countries such as Syria, Somalia and Yemen rose, and it closed crossings with Russia.')).filter((e) => /syria|somalia|yemen/.test(e))).toEqual([]);
  });

  it('pairs a lone subject with each object but leaves the objects unpaired', () => {
    const summary = edgeSummary(graphOf('Japan provided aid to Nepal and Bhutan.'));
    expect(summary).toEqual(['bhutan~japan:support', 'japan~nepal:support']);
  });
});

describe('clauses', () => {
  it('pairs actors within each clause joined by ", and"', () => {
    expect(edgeSummary(graphOf('Ghana and Togo signed an accord, and Benin and Niger held talks on trade.'))).toEqual(['benin~niger:meeting', 'ghana~togo:agreement']);
  });

  it('splits clauses at a semicolon whatever their length', () => {
    expect(edgeSummary(graphOf('Ghana and Togo signed an accord; Benin criticised Nigeria.'))).toEqual(['benin~nigeria:tension', 'ghana~togo:agreement']);
  });

  it('reads a clause after "since", "after" or "when" with a subject and verb of its own apart', () => {
    const text = 'South Korea has provided aid to Ukraine, a policy debated in Seoul since North Korea sent troops to help Russia.';
    expect(edgeSummary(graphOf(text))).toEqual(['north-korea~russia:support', 'south-korea~ukraine:support']);
    expect(edgeSummary(graphOf('Italy and Japan deepened their ties after Russia invaded Ukraine.'))).toEqual(['italy~japan:cooperation', 'russia~ukraine:conflict']);
  });

  it('reads an opening background clause apart, after a date and a measure of time ("In July 2022, five months after …,")', () => {
    const text = 'In July 2022, five months after Russia launched its full-scale invasion of Ukraine, Warsaw and Seoul signed framework agreements for tanks.';
    const years = graphOf(text).edges.map((e) => `${[e.source, e.target].sort().join('~')}:${e.relation}:${e.year}`);
    expect(years.sort()).toEqual(['poland~south-korea:agreement:2022', 'russia~ukraine:conflict:2022']);
  });
});

describe('references to earlier actors', () => {
  it.each([
    ['the two countries', 'Norway and Denmark held talks in March. The two countries signed a fisheries accord.', ['denmark~norway:agreement', 'denmark~norway:meeting']],
    ['both sides', 'Estonia and Latvia held talks in May. Both sides agreed to cooperate on energy.', ['estonia~latvia:cooperation', 'estonia~latvia:meeting']],
  ])('"%s" resolves to the pair just named', (_phrase, text, expected) => {
    expect(edgeSummary(graphOf(text))).toEqual(expected);
  });

  it.each([
    ['both countries', 'Ghana and Togo held talks. Both countries agreed to cooperate.', ['ghana~togo:cooperation', 'ghana~togo:meeting']],
    ['the two leaders (people, resolved to their countries)', 'Ghanaian President John Mahama met Togolese President Faure Gnassingbé. The two leaders signed an accord.', ['faure-gnassingbe~togo:membership', 'ghana~john-mahama:membership', 'ghana~togo:agreement', 'ghana~togo:meeting']],
  ])('"%s"', (_phrase, text, expected) => {
    expect(edgeSummary(graphOf(text))).toEqual(expected);
  });

  it('"the two countries" are the two the sentence itself has named, before the pair in focus', () => {
    const text = 'Ghana and Togo held talks in May. Macron’s visit was his first to Serbia since 2019, when he and Vučić agreed to upgrade relations between the two countries.';
    const summary = edgeSummary(graphOf(text));
    expect(summary.some((edge) => edge.startsWith('france~serbia:'))).toBe(true);
    expect(summary.filter((edge) => edge.startsWith('france~ghana') || edge.startsWith('france~togo'))).toEqual([]);
  });

  it('"the two countries" after one named country are it and the country last spoken of, unless it is one of the pair in focus', () => {
    const text = 'Ghana and Togo held talks in May. Yerevan turned elsewhere for weapons. In 2023 France agreed to deliver radars, and in 2024 the two countries signed a contract.';
    expect(edgeSummary(graphOf(text))).toEqual(['armenia~france:support', 'ghana~togo:meeting']);
    const inFocus = 'Ghana and Togo held talks in May. Benin was mentioned. In 2023 Togo sent envoys, and in 2024 the two countries signed a pact.';
    expect(edgeSummary(graphOf(inFocus)).filter((edge) => edge.endsWith(':agreement'))).toEqual(['ghana~togo:agreement']);
  });

  it('keeps the pair in focus past a list of more countries ("the grouping of India, Japan, Australia and the United States")', () => {
    const text = 'Ghana and Togo held talks in May. They praised the grouping of Chile, Peru, Japan and Kenya. Both sides signed a pact.';
    expect(edgeSummary(graphOf(text)).filter((edge) => edge.endsWith(':agreement'))).toEqual(['ghana~togo:agreement']);
  });

  it('"the three countries" resolves to the three just named', () => {
    const graph = graphOf('Estonia, Latvia and Lithuania held talks in May. The three countries signed an accord.');
    const agreements = edgeSummary(graph).filter((s) => s.endsWith(':agreement'));
    expect(agreements).toEqual(['estonia~latvia:agreement', 'estonia~lithuania:agreement', 'latvia~lithuania:agreement']);
  });

  it('"the two NATO allies" also makes each a member of NATO', () => {
    const summary = edgeSummary(graphOf('Canada and Norway held talks in Oslo. The two NATO allies signed a defence deal.'));
    expect(summary).toEqual(expect.arrayContaining(['canada~norway:agreement', 'canada~nato:membership', 'nato~norway:membership']));
  });
});

describe('references by kind', () => {
  it('"the programme" is the programme last named, "the alliance" the organisation', () => {
    expect(edgeSummary(graphOf('Italy and Japan discussed the Global Combat Air Programme. Spain then joined the programme.'))).toContain('gcap~spain:membership');
    expect(edgeSummary(graphOf('Finland held talks with NATO in March. Sweden joined the alliance a year later.'))).toContain('nato~sweden:membership');
  });

  it('a heading that names a programme is what its section’s "the initiative" means', () => {
    const text = '# European Sky Shield Initiative\n\nGermany launched it in 2022.\n\nIn 2023 Denmark formally joined the initiative.';
    expect(edgeSummary(graphOf(text))).toContain('denmark~european-sky-shield:membership');
  });

  it('makes countries that sign or join under a heading that names a programme take part in it, when nothing else is signed with', () => {
    const text = '# European Sky Shield Initiative\n\n- October 2022 - Germany, France and Italy sign a letter of intent in Brussels.\n- 2023 - Spain and Portugal sign a deal with NATO.';
    const summary = edgeSummary(graphOf(text));
    expect(summary).toEqual(expect.arrayContaining(['european-sky-shield~france:membership', 'european-sky-shield~germany:membership', 'european-sky-shield~italy:membership', 'france~germany:agreement']));
    expect(summary.filter((edge) => edge.includes('spain') && edge.includes('sky-shield'))).toEqual([]);
  });

  it('leaves "the programme" unresolved when no programme was named, and reads "the programme of" as something else', () => {
    expect(edgeSummary(graphOf('Spain joined the programme in 2016.'))).toEqual([]);
    expect(edgeSummary(graphOf('Italy discussed the Global Combat Air Programme. Spain joined the programme of reforms.'))).toEqual(['gcap~italy:meeting']);
  });
});

describe('officials named by title', () => {
  it('reads a list of titled officials as one coordinated subject, not as clauses', () => {
    const text =
      'Japanese Minister of Defense Minoru Kihara, Republic of Korea Minister of National Defense Won-sik Shin, and United States Secretary of Defense Lloyd Austin held a trilateral meeting in Tokyo.';
    expect(edgeSummary(graphOf(text)).filter((e) => !e.includes(':membership'))).toEqual(['japan~south-korea:meeting', 'japan~united-states:meeting', 'south-korea~united-states:meeting']);
  });

  it('coordinates officials listed by title, each with their own country', () => {
    const text = 'President Yoon Suk Yeol of South Korea, President Joe Biden and Prime Minister Fumio Kishida held a summit.';
    expect(edgeSummary(graphOf(text)).filter((e) => !e.includes(':membership'))).toEqual(['japan~south-korea:meeting', 'japan~united-states:meeting', 'south-korea~united-states:meeting']);
    expect(edgeSummary(graphOf(text))).not.toContain('joe-biden~south-korea:membership');
  });

  it('resolves "the Ministers" to the countries of the last meeting', () => {
    const text = 'The foreign ministers of Ghana, Togo and Benin met in Accra on Monday. The Ministers strongly condemned Niger’s decision.';
    expect(edgeSummary(graphOf(text))).toEqual(
      expect.arrayContaining(['benin~niger:tension', 'ghana~niger:tension', 'niger~togo:tension']),
    );
  });

  it('leaves "the Ministers" unresolved when no meeting was reported', () => {
    expect(edgeSummary(graphOf('The Ministers strongly condemned Niger’s decision.'))).toEqual([]);
  });
});

describe('"we" in a declaration', () => {
  it('takes "we" for the body the text names itself by, and "Allies" for that alliance', () => {
    const text =
      'We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Washington.\n\nWe warmly welcome Sweden as our 32nd Ally.\n\nWe condemn Russia’s sabotage on Allied territory.';
    expect(edgeSummary(graphOf(text))).toEqual(expect.arrayContaining(['nato~russia:tension']));
  });

  it('never takes "we" for the pair just named when the text does not say who "we" are', () => {
    const text = 'Russia and North Korea signed a treaty in June.\n\nWe welcome the participation of our partners Australia, Japan and New Zealand.';
    expect(edgeSummary(graphOf(text)).filter((e) => e.includes('russia') && !e.includes('north-korea'))).toEqual([]);
  });
});

describe('sections', () => {
  it('does not carry the pair in focus past a heading (the items of a digest are separate stories)', () => {
    const text =
      '# Chips\n\nThe Netherlands and the United States agreed new export controls on chip machines in 2023.\n\n# Barley\n\nChina lifted its tariffs on barley. The two sides held talks in 2024.';
    expect(edgeSummary(graphOf(text))).toEqual(['netherlands~united-states:agreement']);
  });

  it('keeps the pair in focus within a section', () => {
    const text = '# Chips\n\nThe Netherlands and the United States agreed new export controls on chip machines in 2023. The two sides held talks in 2024.';
    expect(edgeSummary(graphOf(text))).toEqual(['netherlands~united-states:agreement', 'netherlands~united-states:meeting']);
  });
});

describe('quotations', () => {
  it('resolves "we" to the speaker of the quotation', () => {
    const graph = graphOf('“We will deepen our cooperation with Italy,” Scholz said.');
    expect(edgeSummary(graph)).toContain('germany~italy:cooperation');
  });

  it('resolves "we" to a speaker the document introduced earlier', () => {
    const graph = graphOf('Chancellor Olaf Scholz of Germany arrived in Madrid on Monday. “We will deepen our cooperation with Austria,” Scholz said.');
    expect(edgeSummary(graph)).toContain('austria~germany:cooperation');
  });

  it('does not pair the speaker’s country with the actors of a quotation that does not say "we"', () => {
    const graph = graphOf('“Italy is a key partner,” Scholz said.');
    expect(edgesBetween(graph, 'germany', 'italy')).toEqual([]);
  });

  it('does not pair the country in the speaker’s title with the quotation’s actors', () => {
    const graph = graphOf('“Italy is a key partner,” Germany’s chancellor Olaf Scholz said.');
    expect(edgesBetween(graph, 'germany', 'italy')).toEqual([]);
  });
});

describe('relative clauses', () => {
  it('reads a clause opened by "at which" or "during which" apart, for the actors it describes', () => {
    const summary = edgeSummary(graphOf('Kazakhstan hosted the summit of the Shanghai Cooperation Organisation in July, at which Belarus became a member.'));
    expect(summary).toContain('belarus~sco:membership');
    expect(summary.some((edge) => edge.startsWith('belarus~kazakhstan'))).toBe(false);
  });

  it('relates the actors of a relative clause to the actors it describes, not to the clause around it', () => {
    const summary = edgeSummary(graphOf('Finland and Sweden are members of the European Union, which Türkiye has been a candidate to join since 1999.'));
    expect(summary).toContain('european-union~turkiye:membership');
    expect(summary.filter((edge) => /finland~turkiye|sweden~turkiye/.test(edge))).toEqual([]);
  });

  it('takes a programme with its acronym in brackets as what the relative clause describes', () => {
    const summary = edgeSummary(graphOf('The UK joined the European Long-Range Strike Approach (ELSA), which was set up by France and Poland in July.'));
    expect(summary).toEqual(expect.arrayContaining(['european-long-range-strike-approach~france:membership', 'european-long-range-strike-approach~poland:membership']));
    expect(summary.filter((edge) => /france~united-kingdom|poland~united-kingdom/.test(edge))).toEqual([]);
  });

  it('takes a whole list as what the relative clause describes', () => {
    const summary = edgeSummary(graphOf('Estonia, Latvia and Lithuania, which joined NATO in 2004, signed a deal with Finland.'));
    expect(summary).toEqual(expect.arrayContaining(['estonia~nato:membership', 'latvia~nato:membership', 'lithuania~nato:membership', 'estonia~finland:agreement']));
    expect(summary.filter((edge) => edge.startsWith('finland~nato'))).toEqual([]);
  });
});

describe('the agents of a passive', () => {
  it('pairs those a thing was signed or set up by with each other, and with the thing', () => {
    const summary = edgeSummary(graphOf('The Global Combat Air Programme, set up by the UK, Italy and Japan, grew. The treaty on the GCAP was signed in December 2023 by the UK, Italy and Japan.'));
    expect(summary).toEqual(expect.arrayContaining(['italy~japan:agreement', 'italy~united-kingdom:agreement', 'japan~united-kingdom:agreement', 'gcap~italy:membership']));
  });

  it('does not pair a list after "by" that is not a passive’s agents', () => {
    expect(edgeSummary(graphOf('Germany signed a deal with Poland, by Denmark and Sweden.'))).not.toContain('denmark~sweden:agreement');
    const funders = edgeSummary(graphOf('Denmark was among the first to commit funds, followed by Canada, Germany and Norway.'));
    expect(funders.filter((edge) => /^(?:canada~germany|canada~norway|germany~norway):/.test(edge))).toEqual([]);
  });
});

describe('co-agents', () => {
  it('"along with Japan" after the object acts with the subject', () => {
    const summary = edgeSummary(graphOf('Australia conducted naval exercises with India along with Japan.'));
    expect(summary).toEqual(['australia~india:cooperation', 'australia~japan:cooperation', 'india~japan:cooperation']);
  });

  it('a list brought in by "alongside" acts with the subject, shares its act, and is not paired within itself', () => {
    const summary = edgeSummary(graphOf('Kyrgyzstan joined the Eurasian Economic Union in 2015, alongside Russia, Kazakhstan and Belarus.'));
    expect(summary).toEqual(expect.arrayContaining(['eaeu~kyrgyzstan:membership', 'eaeu~russia:membership', 'belarus~eaeu:membership', 'kyrgyzstan~russia:cooperation']));
    expect(summary.filter((edge) => /^(?:belarus~kazakhstan|belarus~russia|kazakhstan~russia):/.test(edge))).toEqual([]);
  });

  it('"along with Japan" between the subject and the cue acts with the subject', () => {
    const summary = edgeSummary(graphOf('Australia, along with Japan, signed a security pact with India.'));
    expect(summary).toEqual(expect.arrayContaining(['australia~india:agreement', 'india~japan:agreement']));
  });
});

describe('mentions that are not parties', () => {
  it('leaves out where people come from, with the names listed after', () => {
    expect(edgeSummary(graphOf('An Italian ship carrying 16 men from Bangladesh and Egypt reached the port under the deal with Spain.'))).toEqual(['italy~spain:agreement']);
  });

  it('leaves out a place something is off, a port or a route named by its country', () => {
    expect(edgeSummary(graphOf('Japan held exercises with Operation Atalanta, the EU mission off Somalia.'))).not.toContain('japan~somalia:cooperation');
    expect(edgeSummary(graphOf('Greece and Italy signed a deal to use the Libyan port of Misrata.'))).toEqual(['greece~italy:agreement']);
    expect(edgeSummary(graphOf('Germany introduced checks on its border with Poland, citing the so-called Belarus route.'))).toEqual(['germany~poland:tension']);
  });

  it('leaves out those who did the same afterwards ("followed by …")', () => {
    const summary = edgeSummary(graphOf('Denmark and the Netherlands were the first to fund the initiative, followed by Canada, Germany and Norway.'));
    expect(summary.filter((edge) => /canada|germany|norway/.test(edge))).toEqual([]);
  });

  it('leaves out where a thing was made or is flagged', () => {
    expect(edgeSummary(graphOf('Germany and France signed a deal to replace the American-made Reaper.'))).toEqual(['france~germany:agreement']);
    expect(edgeSummary(graphOf('Finland seized a Cook Islands-flagged tanker after a cable was cut near Estonia.'))).not.toContain('cook-islands~finland:conflict');
  });

  it('leaves out a city that only says where two others acted, and keeps it when it is the other side', () => {
    expect(edgeSummary(graphOf('Germany, France and Italy signed a declaration of intent in Brussels.'))).toEqual(['france~germany:agreement', 'france~italy:agreement', 'germany~italy:agreement']);
    const meetingInBeijing = edgeSummary(graphOf('The Hungarian government met President Putin in Beijing in October.'));
    expect(meetingInBeijing).toContain('hungary~russia:meeting');
    expect(meetingInBeijing.filter((edge) => edge.includes('china'))).toEqual([]);
    expect(edgeSummary(graphOf('Prime Minister Modi held talks in Moscow.'))).toContain('india~russia:meeting');
    expect(edgeSummary(graphOf('Ankara signed a memorandum with the Government of National Accord in Tripoli, angering Greece.'))).toContain('libya~turkiye:agreement');
    expect(edgeSummary(graphOf('Officials in Paris criticised Germany and Italy.'))).toEqual(expect.arrayContaining(['france~germany:tension', 'france~italy:tension']));
  });

  it('leaves out an organisation whose seat or meeting is only where an act happened', () => {
    expect(edgeSummary(graphOf('Turkey and Greece signed the memorandum at NATO headquarters.'))).toEqual(['greece~turkiye:agreement']);
    expect(edgeSummary(graphOf("On the margins of a NATO defence ministers' meeting, Germany and Estonia signed a letter of intent."))).toEqual(['estonia~germany:agreement']);
  });

  it('leaves out the object of a denied act', () => {
    expect(edgeSummary(graphOf('The leaders of India and Japan expressed serious concern but did not name China.'))).toEqual([]);
  });
});
