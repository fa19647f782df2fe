/** Relation typing through buildGraph: the cue words of a sentence decide the relation of the pair. */
import { describe, expect, it } from 'vitest';
import { edgeSummary, graphOf } from '../factories';

describe('relation typing', () => {
  it.each([
    ['signing', 'Canada and Mexico signed a trade agreement.', ['canada~mexico:agreement']],
    ['a treaty', 'Kenya concluded a treaty with Uganda.', ['kenya~uganda:agreement']],
    ['met', 'Canada met Mexico in Ottawa.', ['canada~mexico:meeting']],
    ['a named meeting', 'Japan and the Philippines held the first Japan-Philippines Ministerial Meeting in Manila.', ['japan~philippines:meeting']],
    ['talks', 'Canada and Mexico held talks on energy.', ['canada~mexico:meeting']],
    ['hosting a leader', 'Canada hosted the Mexican president in Ottawa.', ['canada~mexico:meeting']],
    ['hosting another’s forces', 'Romania hosts a multinational battlegroup led by France.', ['france~romania:cooperation']],
    ['co-hosting an exercise', 'Mongolian troops and the US army co-hosted the annual Khaan Quest exercise.', ['mongolia~united-states:cooperation']],
    ['training', 'Canada is training Kenyan soldiers.', ['canada~kenya:support']],
    ['will train', 'Denmark will train Ukrainian pilots.', ['denmark~ukraine:support']],
    ['aid', 'Norway sent humanitarian aid to Sudan.', ['norway~sudan:support']],
    ['joined', 'Sweden joined NATO last year.', ['nato~sweden:membership']],
    ['member', 'Finland is a member of the European Union.', ['european-union~finland:membership']],
    ['founded by', 'The African Union, founded by Kenya among others, met in Addis Ababa.', ['african-union~kenya:membership']],
    ['co-founded', 'Kenya co-founded the African Union.', ['african-union~kenya:membership']],
    ['criticised', 'Poland criticised Hungary over its stance.', ['hungary~poland:tension']],
    ['ending aid', 'Slovakia ended state military aid to Ukraine in 2023.', ['slovakia~ukraine:tension']],
    ['pausing assistance', 'The United States has paused more than 95 million dollars in assistance to Georgia.', ['georgia~united-states:tension']],
    ['refusing to sign', 'Armenia refused to sign the final declaration of the CSTO.', ['armenia~csto:tension']],
    ['an act at a summit, not the summit', 'At the CSTO summit in Yerevan, Armenia refused to sign the final declaration.', ['armenia~csto:tension']],
    ['complained about', 'Greece has long complained about Turkish drones over the Aegean.', ['greece~turkiye:tension']],
    ['a case against', 'The UK supports the Gambia’s case against Myanmar.', ['gambia~myanmar:tension', 'gambia~united-kingdom:support']],
    ['sanctions', 'The EU imposed sanctions on Belarus.', ['belarus~european-union:tension']],
    ['attacked', 'Russia attacked Ukraine.', ['russia~ukraine:conflict']],
    ['a backer', 'Iran, the Houthis’ main backer, denied it.', ['houthis~iran:support']],
    ['a rival', 'Japan, China’s rival, protested.', ['china~japan:tension']],
    ['a supplier', 'South Korea became Poland’s main arms supplier.', ['poland~south-korea:cooperation']],
    ['ordered from', 'Croatia ordered 12 used Rafales from France in 2021.', ['croatia~france:cooperation']],
    ['took delivery of', 'Serbia took delivery of the Chinese FK-3 air defence system.', ['china~serbia:cooperation']],
    ['ordered from, beside an aside with its own actor', 'Croatia, with which Belgrade has often traded barbs, ordered Rafales from France.', ['croatia~france:cooperation', 'croatia~serbia:tension']],
    ['fired missiles at', 'Iran fired almost 200 missiles at Israel on 1 October.', ['iran~israel:conflict']],
    ['launched drones against', 'Russia launched drones against Ukraine.', ['russia~ukraine:conflict']],
    ['fired into waters near (not at) a country', 'China fired missiles into waters near Japan.', []],
    ['blocking', 'Hungary blocked Ukraine’s accession talks.', ['hungary~ukraine:tension']],
    ['concern over', 'Japan expressed concern over China’s actions.', ['china~japan:tension']],
    ['fuelling a war', 'Iran is fuelling Russia’s war against Ukraine.', ['iran~russia:support', 'russia~ukraine:conflict']],
    ['condemning a partnership between two others', 'Canada condemned the deepening partnership between Russia and China.', ['canada~china:tension', 'canada~russia:tension', 'china~russia:cooperation']],
    ['standing with', 'The Czech Republic has stood with Ukraine since the first days of the full-scale invasion.', ['czechia~ukraine:support']],
    ['restricting exports, by an understanding', 'Under an understanding reached in 2023, Washington and Tokyo agreed to restrict exports of chipmaking tools to China.', ['china~japan:tension', 'china~united-states:tension', 'japan~united-states:cooperation']],
    ['on the phone with', 'President Macron spent an hour on the phone with Chancellor Scholz.', ['emmanuel-macron~france:membership', 'france~germany:meeting', 'germany~olaf-scholz:membership']],
    ['signing a partnership', 'The EU has signed similar partnerships with Moldova and Norway.', ['european-union~moldova:agreement', 'european-union~norway:agreement']],
    ['pushing migrants at a border', 'Belarus flew in migrants and pushed them towards the borders of Poland.', ['belarus~poland:tension']],
    ['instrumentalising migration', 'Finland accused Russia of instrumentalising migration.', ['finland~russia:tension']],
    ['an assault on', 'Azerbaijani forces launched an assault on the sovereign territory of Armenia.', ['armenia~azerbaijan:conflict']],
    ['summoning an ambassador', 'Tajikistan summoned the Russian ambassador in Dushanbe.', ['russia~tajikistan:tension']],
    ['summoning leaders to talks', 'Russia summoned the presidents of Armenia and Azerbaijan to Sochi.', ['armenia~russia:meeting', 'azerbaijan~russia:meeting']],
    ['backing', 'Russia and China back Serbia.', ['china~russia:cooperation', 'china~serbia:support', 'russia~serbia:support']],
    ['sending back, not backing', 'Spain sent the minors back to Morocco, and Ukraine pushed back Russian forces.', []],
    ['an exchange of insults', 'France sent warships, prompting an exchange of insults between Paris and Ankara.', ['france~turkiye:tension']],
    ['exchanging fire', 'India and Pakistan exchanged fire across the Line of Control.', ['india~pakistan:conflict']],
    ['exchanging people, still', 'Japan and India exchange officers.', ['india~japan:cooperation']],
    ['coming close to war', 'In January 1996 Athens and Ankara came close to war over the islets.', ['greece~turkiye:tension']],
    ['co-chairing', 'Australia and Indonesia have co-chaired the Bali Process since 2002.', ['australia~bali-process:cooperation', 'australia~indonesia:cooperation', 'bali-process~indonesia:cooperation']],
    ['selling arms', 'India has sold Pinaka rocket launchers to Armenia.', ['armenia~india:cooperation']],
    ['recalling an ambassador', 'Israel responded by recalling its ambassador from Dublin.', ['ireland~israel:tension']],
    ['severing relations', 'Algeria severed diplomatic relations with Morocco in 2021.', ['algeria~morocco:tension']],
    ['at odds', 'Beijing and Tokyo remain at odds over Japan’s release of treated water.', ['china~japan:tension']],
    ['harassment', 'Chinese vessels harassed Philippine fishing boats.', ['china~philippines:tension']],
    ['delaying', 'Turkey delayed Sweden’s membership for months.', ['sweden~turkiye:tension']],
    ['buying arms', 'Poland bought tanks from South Korea.', ['poland~south-korea:cooperation']],
    ['invasion', 'The invasion of Ukraine by Russia shocked the world.', ['russia~ukraine:conflict']],
    ['cooperate', 'Brazil and Argentina agreed to cooperate on agricultural research.', ['argentina~brazil:cooperation']],
    ['partnership', 'Chile and Peru launched a new partnership on fisheries.', ['chile~peru:cooperation']],
  ])('%s: %s', (_cue, text, expected) => {
    expect(edgeSummary(graphOf(text))).toEqual(expected);
  });

  it('turns a reaction to the event just reported into relations with both parties', () => {
    const text = 'Japan and Australia signed a security pact in Perth. China criticised the agreement. The European Union welcomed the new pact.';
    expect(edgeSummary(graphOf(text))).toEqual([
      'australia~china:tension',
      'australia~european-union:support',
      'australia~japan:agreement',
      'china~japan:tension',
      'european-union~japan:support',
    ]);
  });

  it('leaves a reaction alone when no pair is in focus, or when the one reacting is a party', () => {
    expect(graphOf('China criticised the agreement.').edges).toEqual([]);
    expect(edgeSummary(graphOf('Japan and Australia signed a security pact. Japan welcomed the agreement.'))).toEqual(['australia~japan:agreement']);
  });

  it('reads an opening background clause apart: its actors are not the main clause’s subjects', () => {
    const text = 'Since Russia’s invasion of Ukraine in 2022, Estonia, Latvia and Lithuania have argued for a stronger forward defence.';
    expect(edgeSummary(graphOf(text))).toEqual(['russia~ukraine:conflict']);
    expect(edgeSummary(graphOf('After months of talks with Spain, Morocco signed a fisheries accord with Portugal.'))).toEqual(['morocco~portugal:agreement']);
    expect(edgeSummary(graphOf('Long before Italy signed its protocol with Albania, Denmark was the pioneer of offshore asylum.'))).toEqual(['albania~italy:agreement']);
  });

  it('gives a quarrel the text calls "their" own to those it belongs to, not to whoever urges them to end it', () => {
    const text = 'Greece and Turkey met in Athens. The EU urged both countries to settle their maritime disputes.';
    expect(edgeSummary(graphOf(text))).toEqual(['greece~turkiye:meeting', 'greece~turkiye:tension']);
  });

  it('takes "the NATO allies" for a description of others, not for NATO as a party', () => {
    const text = 'Relations between the NATO allies sank to a low in 2020, when a Turkish ship entered waters claimed by Greece.';
    expect(edgeSummary(graphOf(text))).toEqual(['greece~turkiye:tension']);
  });

  it('relates an actor that qualifies another’s thing ("Italy’s Albania deal") to that actor only', () => {
    expect(edgeSummary(graphOf('The UK studied Italy’s Albania migration deal.'))).toEqual(['albania~italy:agreement']);
    expect(edgeSummary(graphOf('Poland criticised Germany’s Russia gas deal.'))).toEqual(['germany~poland:tension', 'germany~russia:agreement']);
  });

  it('reads what is reported ("… confirmed that Japan will …") with its own subject, and keeps "X said it would …"', () => {
    const text = 'Japan and Peru met in Lima. The two ministers confirmed that Japan will provide radars to the Philippines.';
    expect(edgeSummary(graphOf(text))).toEqual(['japan~peru:meeting', 'japan~philippines:support']);
    expect(edgeSummary(graphOf('Japan said that it would support Ukraine.'))).toEqual(['japan~ukraine:support']);
  });

  it('"worked with" is cooperation', () => {
    expect(edgeSummary(graphOf('Ghana has worked with Togo on maritime security.'))).toEqual(['ghana~togo:cooperation']);
  });

  it('records no agreement that a sentence denies', () => {
    expect(edgeSummary(graphOf('Ghana did not sign the accord with Togo.'))).not.toContain('ghana~togo:agreement');
  });

  it('gives no edge for actors listed without a relation cue', () => {
    expect(graphOf('The report names Canada, Mexico and Peru as large economies.').edges).toEqual([]);
    expect(graphOf('Canada, Mexico, Peru.').edges).toEqual([]);
  });

  it('still makes nodes for actors seen in prose without a relation', () => {
    const graph = graphOf('The report names Canada, Mexico and Peru as large economies.');
    expect(graph.nodes.map((n) => n.id)).toEqual(['canada', 'mexico', 'peru']);
  });

  it('makes each country listed after an organisation a member of it', () => {
    const dash = edgeSummary(graphOf('At their summit the leaders of the Quad — Australia, India, Japan and the United States — expressed concern.'));
    expect(dash).toEqual(expect.arrayContaining(['australia~quad:membership', 'india~quad:membership', 'japan~quad:membership', 'quad~united-states:membership']));
    const grouping = edgeSummary(graphOf('The Ministers reaffirmed their commitment to the Quad, the grouping of India, Japan and Australia.'));
    expect(grouping).toEqual(expect.arrayContaining(['australia~quad:membership', 'india~quad:membership', 'japan~quad:membership']));
    expect(edgeSummary(graphOf('GCAP partners: the United Kingdom, Italy and Japan.'))).toEqual(expect.arrayContaining(['gcap~italy:membership', 'gcap~japan:membership']));
  });

  it('reads a legal or trade case against another as tension', () => {
    expect(edgeSummary(graphOf('In January 2022 the European Union launched a case against China at the WTO.'))).toContain('china~european-union:tension');
    expect(edgeSummary(graphOf('Ukraine lodged complaints against Poland and Hungary.'))).toEqual(['hungary~ukraine:tension', 'poland~ukraine:tension']);
  });

  it('types two countries that join something together as cooperation, never membership of each other', () => {
    const summary = edgeSummary(graphOf('Sweden and Finland joined NATO in 2024.'));
    expect(summary).toContain('finland~sweden:cooperation');
    expect(summary).toContain('finland~nato:membership');
    expect(summary).toContain('nato~sweden:membership');
    expect(summary).not.toContain('finland~sweden:membership');
  });
});

describe('shows of force and closures', () => {
  it('types drills around another country, checks at its border and cut flights as tension', () => {
    expect(edgeSummary(graphOf('China launched army and navy exercises around Taiwan on Tuesday.'))).toEqual(['china~taiwan:tension']);
    expect(edgeSummary(graphOf('Germany introduced checks on its border with Poland.'))).toEqual(['germany~poland:tension']);
    expect(edgeSummary(graphOf('Iraq suspended direct flights to Belarus.'))).toEqual(['belarus~iraq:tension']);
  });

  it('does not take "combat aircraft" for combat against someone', () => {
    expect(edgeSummary(graphOf('Italy bought a combat aircraft from Japan.'))).toEqual(['italy~japan:cooperation']);
  });
});

describe('access', () => {
  it('types granting a military access to bases as cooperation', () => {
    expect(edgeSummary(graphOf('The Philippines granted the U.S. military access to four more bases.'))).toEqual(['philippines~united-states:cooperation']);
  });
});

describe('meetings', () => {
  it('types "a trilateral meeting" as a meeting, not cooperation', () => {
    expect(edgeSummary(graphOf('Ghana and Togo held a trilateral meeting with Benin.'))).toEqual(['benin~ghana:meeting', 'benin~togo:meeting', 'ghana~togo:meeting']);
  });

  it('takes "welcomed" for a meeting only when a guest follows', () => {
    expect(edgeSummary(graphOf('Ghana welcomed President Talon of Benin.')).filter((e) => !e.includes(':membership'))).toEqual(['benin~ghana:meeting']);
    expect(edgeSummary(graphOf('Ghana and Togo welcomed the successful conduct of the exercise.'))).toEqual([]);
  });
});

describe('ammunition', () => {
  it('does not take artillery "shells" for shelling', () => {
    expect(edgeSummary(graphOf('Germany and France remain the largest producers of 155-mm shells.'))).toEqual([]);
    expect(edgeSummary(graphOf('Russia shelled Kharkiv, Ukraine said.'))).toEqual(['russia~ukraine:conflict']);
  });
});

describe('negation', () => {
  it('denies an act two words after "not", but "not only" affirms it', () => {
    expect(edgeSummary(graphOf('Switzerland said it does not make any commitment to NATO.'))).toEqual([]);
    expect(edgeSummary(graphOf('Japan not only signed a treaty with Korea but also held talks.'))).toContain('japan~south-korea:agreement');
  });
});

describe('incidents and deployments', () => {
  it('types incidents at sea as tension, and a coast guard acts for its country', () => {
    expect(edgeSummary(graphOf('Chinese coast guard vessels fired water cannon at a Philippine supply boat.'))).toEqual(['china~philippines:tension']);
    expect(edgeSummary(graphOf('China Coast Guard personnel armed with knives boarded Philippine navy boats.'))).toEqual(['china~philippines:tension']);
  });

  it('types stationing troops in a country and selling it arms as support, leading a battlegroup there as cooperation', () => {
    expect(edgeSummary(graphOf('Germany is stationing a combat brigade of 5,000 troops in Lithuania.'))).toEqual(['germany~lithuania:support']);
    expect(edgeSummary(graphOf('The United States cleared the sale of F-35 jets to Greece.'))).toEqual(['greece~united-states:support']);
    expect(edgeSummary(graphOf('The UK leads the multinational battlegroup in Estonia.'))).toEqual(['estonia~united-kingdom:cooperation']);
  });

  it('lets border guards and police act for their country', () => {
    expect(edgeSummary(graphOf('Italy has pledged training for Tunisian border police.'))).toEqual(['italy~tunisia:support']);
  });
});

describe('rejection', () => {
  it('types rejecting and not recognising as tension', () => {
    expect(edgeSummary(graphOf('Serbia does not recognise the independence Kosovo declared in 2008.'))).toEqual(['kosovo~serbia:tension']);
    expect(edgeSummary(graphOf('Tunisia rejected EU money in 2023.'))).toEqual(['european-union~tunisia:tension']);
  });
});
