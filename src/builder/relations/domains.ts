/**
 * Domains from a sentence's wording: every domain whose cue words occur. `diplomacy` is the fallback when
 * nothing more specific does.
 */
import type { Domain } from '../../model/vocabulary';

export const DOMAIN_CUES: Readonly<Record<Domain, readonly string[]>> = {
  defence: [
    'defen[cs]e', 'military', 'armed forces', 'army', 'armies', 'navy', 'naval', 'air force', 'troops?', 'soldiers', 'weapons?', 'arms(?! traffick)', 'fighter',
    'aircraft', 'combat', 'missiles?', 'deterrence', 'warships?', 'frigates?', 'tanks', 'ammunition', 'deployments?', 'peacekeeping',
    'battlefield', 'war', 'ceasefire', 'aggression', 'invasion', 'attacks?', 'hostilities', 'occupation', 'annexation', 'fighting', 'airstrikes?', 'drones?', 'air defen[cs]e', 'nuclear', 'submarines?', 'exercises', 'operational', 'howitzers?', 'artillery', 'rocket launchers?', 'brigades?', 'radars?', 'jets?', 'jet engines?', 'air bases?', 'naval bases?', 'military bases?', 'armou?red vehicles?', 'self-defen[cs]e forces', 'forces', 'reciprocal access', 'visiting forces', 'joint sails?', 'battlegroups?',
  ],
  security: [
    'security', 'terroris[mt]s?', 'counter-?terrorism', 'anti-terrorism', 'intelligence', 'borders?', 'coast ?guards?', 'smugglers?', 'smuggling',
    'traffick(?:ers?|ing)', 'crime', 'criminal', 'policing', 'police', 'extremis[mt]', 'stability', 'threats?', 'maritime security', 'sabotage', 'espionage', 'water cannons?', 'hybrid (?:attacks?|threats?|warfare)', 'surveillance', 'critical infrastructure', 'undersea cables?',
  ],
  cyber: ['cyber\\w*', 'hack(?:ers?|ing|ed)', 'ransomware', 'malware', 'disinformation', 'digital security', 'information security'],
  space: ['space(?! for)', 'satellites?', 'outer space', 'orbit(?:al)?', '(?:space|satellite|rocket|heavy-lift) launch(?:ers?|es|ing)?', 'launch vehicles?', 'space agency'],
  migration: [
    'migra\\w*', 'refugees?', 'asylum', 'illegal crossings', 'people smuggling', 'human smugglers', 'irregular', 'mobility', 'deportations?', 'returns agreement',
    'resettlement', 'small boats', 'border control', 'displaced',
  ],
  industry: [
    'industr\\w*', 'manufactur\\w*', 'procurement', 'technolog\\w*', 'development costs', 'supply chains?', 'shipbuilding', 'aerospace', 'production',
    'capabilities', 'joint projects', 'research and development', 'R&D', 'semiconductors?', 'interoperability', 'sixth-generation', 'critical minerals', 'co-production', 'defen[cs]e industr\\w*', 'arms industr\\w*',
  ],
  economy: [
    'econom\\w*', 'trade', 'tariffs?', 'investments?', 'investors?', 'financ\\w*', 'markets?', 'growth', 'reconstruction', 'sanctions', 'energy', 'fishing',
    'budget', 'exports?', 'imports?', 'GDP', 'business(?:es)?', 'private sectors?', 'funding', 'loans?', 'debt', 'gas', 'oil', 'phytosanitary', 'customs',
  ],
  diplomacy: [
    'diplomat\\w*', 'foreign polic(?:y|ies)', 'dialogue', 'embass(?:y|ies)', 'ambassadors?', 'summits?', 'talks', 'negotiations?', 'political', 'foreign ministers?',
    'foreign affairs', 'statement', 'declarations?', 'multilateral', 'international law', 'mediat\\w*', 'transatlantic', 'special relationship', 'strategic partnership',
  ],
  climate: ['climate', 'environment\\w*', 'emissions', 'COP\\d*', 'net zero', 'renewables?', 'green transition', 'carbon', 'decarboni\\w*', 'biodiversity'],
  humanitarian: [
    'humanitarian', 'human rights', 'disaster relief', 'relief', 'rescue\\w*', 'earthquakes?', 'famine', 'lives saved', 'civilians', 'search and rescue',
    'refugee camps?', 'food aid', 'medical aid', 'death penalty',
  ],
  culture: ['cultur\\w*', 'education\\w*', 'universit(?:y|ies)', 'students?', 'youth', 'heritage', 'arts', 'language', 'tourism', 'sports?', 'people-to-people', 'scholarships?', 'world cup', 'football', 'olympic\\w*'],
};

const DOMAIN_ORDER = Object.keys(DOMAIN_CUES) as Domain[];
// One pass over the lower-cased text: a capturing group per domain (ASCII cues: no slow `u` or `i` flag).
const DOMAIN_PATTERN = new RegExp(`\\b(?:${DOMAIN_ORDER.map((d) => `(${DOMAIN_CUES[d].join('|').toLowerCase()})`).join('|')})(?![a-z])`, 'g');

/**
 * The domains a text's wording names, in vocabulary order; empty when none.
 * @param lowerCased the text in lower case, when the caller has it already.
 */
export function domainsIn(text: string, lowerCased?: string): Domain[] {
  const lower = lowerCased ?? text.toLowerCase();
  let found = 0;
  DOMAIN_PATTERN.lastIndex = 0;
  for (let m = DOMAIN_PATTERN.exec(lower); m; m = DOMAIN_PATTERN.exec(lower)) {
    let group = 1;
    while (m[group] === undefined) group++;
    found |= 1 << (group - 1);
    if (found === ALL_FOUND) break;
  }
  return found ? DOMAIN_ORDER.filter((_, i) => found & (1 << i)) : [];
}

const ALL_FOUND = (1 << DOMAIN_ORDER.length) - 1;

/**
 * The domains a document is about, for a relation whose own sentence and paragraph name none ("The protocol was
 * signed in Rome" in a story on migration): those named in at least half as many of its sentences as the most named
 * one (diplomacy left out: it is what a relation without a topic has anyway).
 * @param sentenceDomains the domains each sentence of the document names (see domainsIn).
 */
export function topicDomains(sentenceDomains: readonly (readonly Domain[])[]): Domain[] {
  const counts = new Array<number>(DOMAIN_ORDER.length).fill(0);
  for (const domains of sentenceDomains) {
    for (const domain of domains) if (domain !== 'diplomacy') counts[DOMAIN_ORDER.indexOf(domain)]!++;
  }
  const most = Math.max(...counts);
  return most < MIN_TOPIC_SENTENCES ? [] : DOMAIN_ORDER.filter((_, i) => counts[i]! * 2 >= most);
}

/** Fewer sentences than this on one domain do not make it the document's topic. */
const MIN_TOPIC_SENTENCES = 2;
