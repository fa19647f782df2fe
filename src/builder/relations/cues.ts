/**
 * What a sentence says two actors do to each other, as cue words per relation type. Registries are data: each
 * entry is a regex source matched case-insensitively on word boundaries. The relation types and their
 * cooperation–conflict scores are in src/model/vocabulary.ts.
 */
import type { RelationType } from '../../model/vocabulary';

export const RELATION_CUES: Readonly<Record<RelationType, readonly string[]>> = {
  conflict: [
    'attack(?:s|ed|ing)?', 'invad(?:e|es|ed|ing)', 'invasion', 'aggression', 'war (?:against|on|with)', 'wag(?:e|es|ed|ing) war',
    'bomb(?:s|ed|ing)', 'shell(?:ed|ing)', 'strikes? (?:on|against)', 'air ?strikes?', 'missile (?:strikes?|attacks?)', 'drone (?:strikes?|attacks?)',
    'fight(?:s|ing)? (?:against|with)', 'fought', 'clash(?:es|ed)?', 'hostilities', 'occup(?:y|ies|ied|ation)', 'coalition against', 'campaign against',
    'combat(?:ing|s)? against', 'offensive against', 'assaults? (?:on|against)', 'assaulted',
    // "fired almost 200 missiles at Israel", "launched drones against Ukraine", "fired on a UN post".
    '(?:missiles?|rockets?|shells?|drones?|artillery|shots)(?<=\\b(?:fir|launch)(?:e|es|ed|ing)? (?:[\\w,-]+ ){0,3}(?:missiles?|rockets?|shells?|drones?|artillery|shots)) (?:at|on|against|towards|into (?:northern|southern|eastern|western))', 'fired (?:up)?on', 'exchang(?:e|es|ed|ing) (?:of )?(?:artillery |gun|rocket )?fire', 'incursions? (?:into|on)', 'shot down', 'seiz(?:e|ed|es|ing)', 'annex(?:ed|ation|es)?', 'killed',
  ],
  tension: [
    'criticis(?:e|es|ed|ing)', 'criticiz(?:e|es|ed|ing)', 'criticism', 'condemn(?:s|ed|ing|ation)?', 'accus(?:e|es|ed|ing|ation)', 'sanction(?:s|ed|ing)?',
    'tensions?', 'disputes?', 'disagree(?:s|d|ment)?', 'rift', 'differences', 'protest(?:s|ed)?', 'warn(?:s|ed)', 'threat(?:en|ens|ened|ening)',
    'expel(?:s|led)?', 'undermin(?:e|es|ed|ing)', 'weaken(?:s|ed|ing)?', 'strain(?:s|ed)?', 'spat', 'row over', 'divisions?', 'friction',
    'counterbalance', 'sceptical of', 'skeptical of', 'rebuk(?:e|ed)', 'retaliat(?:e|ed|ion)', 'tariffs? on', 'ban(?:s|ned)? on', 'banned', 'at odds', 'hostile', 'rivalry', 'rivals?', 'adversar(?:y|ies)', 'enem(?:y|ies)', 'foes?',
    '(?:sunk|sank|fallen|fell|dropped|plunged) to (?:a|an|its|their) (?:[\\w-]+ )?low', 'concerns? (?:over|about|at)', 'concerned (?:by|about|over|at)', 'reject(?:s|ed|ing|ion)?', '(?:does|do|did|will|would) not recogni[sz]e', 'refus(?:e|es|ed|ing) to recogni[sz]e', 'intimidat(?:e|ed|ion|ing)', 'harass(?:ed|es|ing|ment)', 'deteriorat(?:e|ed|es|ing|ion)', 'sour(?:ed|ing)', 'worsen(?:ed|ing)',
    // Support withdrawn or refused: "ended state military aid to Ukraine", "paused $95 million in assistance",
    // "refused to sign the final declaration". The noun first and the verb looked up behind it: a pattern that
    // starts with the verbs, or with the lookbehind, is tried at every position of every clause (7× slower).
    '(?:aid|assistance|support|funding|funds|loans?)(?<=\\b(?:end|ended|ends|ending|halt|halted|halts|paused|pauses|suspend|suspended|suspends|cut|cuts|withdr[ae]w|withdraws|froze|freezes|frozen) (?:[\\w$€£,.-]+ ){0,6}(?:aid|assistance|support|funding|funds|loans?))',
    'refus(?:e|es|ed|ing) to (?:sign|join|endorse|ratify|back|attend|meet|take part)',
    // A quarrel in words: "an exchange of insults between Paris and Ankara", "traded barbs".
    '(?:exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing)) (?:of )?(?:angry |bitter |public )?(?:insults|barbs|accusations|threats|recriminations|blame)',
    // On the brink: "came close to war over the islets", "on the brink of armed conflict", "a casus belli".
    '(?:close|brink|verge|edge) (?:to|of) (?:a |an )?(?:war|armed conflict|conflict|armed confrontation|military confrontation|confrontation)', 'casus belli',
    'co-belligerents?', 'complain(?:s|ed|ing)? (?:about|of|to|against)', '(?:legal )?cases? against', 'block(?:s|ed|ing)?', 'veto(?:es|ed|ing)?', 'delay(?:s|ed|ing)', 'obstruct(?:s|ed|ing|ion)', 'stall(?:s|ed|ing)', 'held up',
    // Shows of force and closures: drills around another's territory, checks at its border, flights cut.
    '(?:drills?|exercises?|manoeuvres|maneuvers|war games) (?:around|near|encircling|surrounding|close to)', '(?:border )?checks on (?:its |the )?borders? with',
    'suspend(?:s|ed|ing)? (?:all |direct |commercial )?flights',
    // Hybrid pressure: migrants pushed at a border, "instrumentalised" or "weaponised" migration, hybrid attacks.
    'instrumentali[sz](?:e|es|ed|ing|ation)', 'weaponi[sz](?:e|es|ed|ing|ation)', 'hybrid (?:attacks?|warfare|operations?|threats?)',
    'push(?:es|ed|ing)? (?:[\\w-]+ ){0,3}(?:towards|toward|across|over|into) (?:the )?(?:[\\w-]+ )?borders?',
    // Diplomatic ruptures: "summoned the Russian ambassador", "recalled its ambassador", "severed diplomatic relations"
    // (not the ties they cut). Summoning leaders to a summit is a meeting (see meeting).
    "summon(?:s|ed|ing)?(?= (?:[\\w’'-]+ ){0,4}(?:ambassadors?|envoys?|charg[eé]s? d['’]affaires|diplomats?)\\b)",
    'recall(?:s|ed|ing)? (?:its |their |the )?(?:ambassadors?|envoys?)',
    // Trade restrictions: "agreed to restrict exports of chipmaking equipment to China", "export controls on".
    'restrict(?:s|ed|ing)? (?:the )?exports?', 'export (?:controls|restrictions|curbs|bans?) on',
    // Legal and trade disputes: "launched a case against China at the WTO", "lodged complaints against".
    '(?:launch|fil|lodg|brought|bring|initiat)(?:e|es|ed|ing|s)? (?:a |an |its |their |legal |formal )*(?:cases?|complaints?|lawsuits?|proceedings|challenges?) against', 'sever(?:s|ed|ing)? (?:diplomatic )?(?:relations|ties)',
    'downgrad(?:e|es|ed|ing) (?:diplomatic )?(?:relations|ties)', 'cut (?:diplomatic )?ties',
    // Incidents at sea: boarding, water cannon, ramming.
    'board(?:ed|ing) (?:[\\w-]+ ){0,4}(?:boats?|vessels?|ships?|tankers?)', '(?:fired|firing|fires|used|using) water cannons?', 'ramm(?:ed|ing)',
  ],
  agreement: [
    'sign(?:s|ed|ing)?', 'agreements?', 'reach(?:ed|es|ing)? an understanding', '(?:an|the) understanding (?:reached|on|with|between|under which)', 'accords?', 'treat(?:y|ies)', 'memorand(?:um|a)', 'MoUs?', 'deals?', 'pacts?', 'declarations? of intent',
    'statements? of intent', 'agree(?:s|d)? (?:on a|on an|on the|a|an|the|new)', 'joint (?:statement|declaration|communiqu(?:e|é))', 'conclud(?:e|ed|es)', 'ratif(?:y|ied|ies|ication)', 'letters? of intent', 'framework agreement',
  ],
  membership: [
    'members?', 'membership', 'member states?', 'join(?:s|ed|ing)?', 'accession', 'accede(?:s|d)?', 'participat(?:e|es|ed|ing|ion)', 'take part', 'took part',
    'belong(?:s|ed)? to', 'admitted to', '(?:founded|set up) by', 'co-found(?:ed|ing|ers?)',
  ],
  support: [
    'support(?:s|ed|ing)?', 'assist(?:s|ed|ing|ance)?', 'aid', 'help(?:s|ed|ing)?', 'train(?:s|ed|ing)', '(?:to|will|would|and) train', 'provid(?:e|es|ed|ing)', 'pledg(?:e|es|ed|ing)',
    'donat(?:e|es|ed|ion)', 'fund(?:s|ed|ing)', 'financ(?:e|es|ed|ing)', 'contribut(?:e|es|ed|ion|ions|ors?)', 'back(?:s|ed|ing)?', 'suppl(?:y|ies|ied)',
    'deliver(?:s|ed|ies|y)?', 'reassur(?:e|ed|ance)', 'sale of (?:[\\w$.,-]+ ){0,8}to', 'station(?:s|ed|ing)? (?:[\\w,-]+ ){0,6}(?:troops|brigades?|forces|soldiers|battalions?|jets|aircraft|missiles)', 'commit(?:s|ted)? to', 'commitment to', 'rescue(?:d)?', 'equip(?:s|ped)?', 'fuel(?:s|led|ling|ing)', 'arm(?:s|ed)? (?:Ukraine|the)',
    // Solidarity: "stood with Ukraine", "stands by its ally", "solidarity with".
    'st(?:and|ands|anding|ood) (?:firmly |fully |resolutely |shoulder to shoulder )?(?:with|by|behind)', 'solidarity with',
    // What one is to another: "China, North Korea's main economic lifeline", "Iran, the Houthis' chief backer".
    'backers?', 'patrons?', 'lifeline',
  ],
  meeting: [
    'met', 'meet(?:s|ing|ings)?', 'talks', 'summit', 'visit(?:s|ed|ing)?', 'discuss(?:es|ed|ing|ion|ions)?', 'negotiat(?:e|es|ed|ing|ions?)',
    // Hosting people or talks is a meeting; hosting another's forces ("hosts a battlegroup led by France") is not.
    'host(?:s|ed|ing)?(?! (?:a |an |the |its )?(?:[\\w-]+ ){0,2}(?:battlegroups?|troops|forces|bases?|soldiers|brigades?|headquarters))',
    'phone call', 'call(?:ed)? with', 'on the (?:tele)?phone (?:to|with)', '(?:spoke|speaks|talked|talks) (?:by (?:tele)?phone )?with', 'conversation', 'consultations?', 'counterparts?', 'mediat(?:e|es|ed|ing|ion|ors?)', 'invitation', 'reviewed',
    'welcomed', 'received', 'delegations?', 'round of', 'summon(?:s|ed|ing)?',
  ],
  cooperation: [
    'co-?operat(?:e|es|ed|ing|ion|ive)', 'co-host(?:s|ed|ing)?', 'co-chair(?:s|ed|ing)?', 'host(?:s|ed|ing)? (?:a |an |the |its )?(?:[\\w-]+ ){0,2}(?:battlegroups?|troops|forces|bases?|soldiers|brigades?)', 'collaborat(?:e|es|ed|ing|ion)', 'partners?', 'partnerships?', 'work(?:s|ed|ing)? (?:closely|together) ?(?:with)?',
    'work(?:s|ed|ing)? with', 'together with', 'alongside', 'jointly', 'joint (?:[\\w-]+ )?(?:projects?|programmes?|programs?|initiatives?|exercises?|drills?|patrols?|operations?|candidacy|ventures?|development)',
    '(?:exercises?|drills?|patrols?) with', 'launch(?:ed|es)? a joint', 'alliances?', 'leads? (?:[\\w’-]+ ){0,3}battlegroup',
    // An adjective of a meeting ("a trilateral meeting") only describes it.
    "(?:bi|tri)lateral(?! (?:ministerial |leaders'? |foreign ministers'? |defen[cs]e ministers'? )?(?:meetings?|summits?|talks|visits?|consultations?|calls?)\\b)", 'relations', 'relationship', 'ties', 'align(?:s|ed|ing|ment)?', 'convergence', 'stand(?:s)? together', 'coordinat(?:e|es|ed|ing|ion)',
    'engag(?:e|ed|es|ing|ement)', 'dialogue', 'proximity', 'bridges?', 'thaw', 'rapprochement', 'normali[sz](?:e|ed|ing|ation)', 'reconcil(?:e|ed|iation)', 'synchronise', 'synchronize', 'integrat(?:e|es|ed|ing|ion)', 'reconnect', 'in concert',
    'in synergy', 'grant(?:s|ed|ing)? (?:[\\w.-]+ ){0,4}access', 'bought', 'buy(?:s|ing)? (?:[\\w-]+ ){0,4}from', 'order(?:s|ed|ing)? (?:[\\w$.,-]+ ){0,5}from', 'took delivery of', 'suppliers?', 'sold', 'sell(?:s|ing)? (?:[\\w-]+ ){0,4}to', 'tak(?:e|es|ing) delivery of', 'purchas(?:e|es|ed|ing)', 'procur(?:e|es|ed|ing|ement)', 'exchange', 'shared (?:capabilities|positions|values)', 'strategic partnership', 'cornerstone', 'friends?', 'reset', 'all(?:y|ies)',
  ],
};

/** When a pair is near several cues at the same distance, the more specific type wins. */
export const RELATION_PRIORITY: readonly RelationType[] = ['conflict', 'tension', 'agreement', 'membership', 'support', 'meeting', 'cooperation'];

export interface Cue {
  readonly relation: RelationType;
  readonly start: number;
  readonly end: number;
}

// One alternation with a capturing group per relation, matched on the lower-cased text: without the `u` and `i`
// flags it runs several times faster (the cues are ASCII).
const CUE_PATTERN = new RegExp(`\\b(?:${RELATION_PRIORITY.map((relation) => `(${RELATION_CUES[relation].join('|').toLowerCase()})`).join('|')})\\b`, 'g');

/** "welcomed President Lula", "received the Japanese delegation" are meetings; "welcomed the decision" is not. */
const HOSTING = /^(?:welcomed|received)$/;
const GUEST_AFTER = /^\s+(?:(?:the|his|her|their|its)\s+)?\p{Lu}/u;

/**
 * "Russia and China back Belgrade", "pledged to back Ukraine": "back" as a verb, after its subject or an auxiliary and
 * before whom it backs, not an adverb ("sent back to Morocco", "pushed back Russian forces").
 */
const BACKER_BEFORE = /\b(?:will|would|could|should|to|also|firmly|strongly|fully|continue|all|both|they|jointly|which|who)\s+$/i;
const BACKED_AFTER = /^\s+(?:the\s+|its\s+|their\s+)?\p{Lu}/u;

function backsSomeone(text: string, start: number, names: readonly { start: number; end: number }[]): boolean {
  const end = start + 4;
  if (!BACKED_AFTER.test(text.slice(end, end + 12))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  return BACKER_BEFORE.test(before) || names.some((n) => n.end <= start && /^\s+$/.test(text.slice(n.end, start)));
}

/** A verb of signing, whose object ("a partnership", "a strategic partnership") is the agreement itself. */
const SIGNING = /^(?:sign(?:s|ed|ing)?|conclud(?:e|ed|es)|ratif(?:y|ied|ies|ication))$/;
const OBJECT_GAP = /^\s+(?:(?:a|an|the|its|their|new|similar|first|strategic|comprehensive|security|defen[cs]e|bilateral|joint|[\w-]+-year)\s+){0,3}$/;

/** "did not sign", "refused to meet", "no longer cooperates": a denied act is not a relation. */
const NEGATED = /\b(?:not(?! only)|never|no longer|refused to|refuses to|declined to|declines to|failed to|fails to|n't)\s+(?:\w+\s+){0,2}$/;

/**
 * Cue words inside actor names ("Global Combat Air Programme", "Joint Task Force") are not cues: pass their spans.
 * @param lower the text in lower case, when the caller has it already.
 */
export function findCues(text: string, names: readonly { start: number; end: number }[] = [], lower = text.toLowerCase()): Cue[] {
  const cues: Cue[] = [];
  let deniedUntil = -1;
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(lower); m; m = CUE_PATTERN.exec(lower)) {
    let group = 1;
    while (m[group] === undefined) group++;
    const relation = RELATION_PRIORITY[group - 1]!;
    const start = m.index;
    if (insideAny(names, start) || (insideProperName(text, start) && !endsAnEventName(text, start, start + m[0].length)) || start < deniedUntil) continue;
    if (HOSTING.test(m[0]) && !GUEST_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    if (m[0] === 'back' && !backsSomeone(text, start, names)) continue;
    // A denied act takes its object with it: "did not sign the accord with Togo" has no agreement at all.
    if (NEGATED.test(lower.slice(Math.max(0, start - 28), start))) {
      deniedUntil = start + m[0].length + 30;
      continue;
    }
    // "signed similar partnerships with Moldova": what is signed is the agreement, not a cue of its own.
    const previous = cues[cues.length - 1];
    if (previous && relation === 'cooperation' && SIGNING.test(lower.slice(previous.start, previous.end)) && OBJECT_GAP.test(lower.slice(previous.end, start))) continue;
    cues.push({ relation, start, end: start + m[0].length });
  }
  return cues;
}

function insideAny(spans: readonly { start: number; end: number }[], position: number): boolean {
  for (const span of spans) if (position >= span.start && position < span.end) return true;
  return false;
}

/** A capitalised cue inside a run of capitalised words is part of a name ("Ministry of Foreign Affairs and International Cooperation"). */
/** "the Japan-Philippines Ministerial Meeting", "the Leaders' Summit": a named meeting is still a meeting. */
const EVENT_HEAD = /^(?:Meeting|Meetings|Summit|Talks|Dialogue|Consultations)$/;

function endsAnEventName(text: string, start: number, end: number): boolean {
  return EVENT_HEAD.test(text.slice(start, end)) && !/^\s+[A-Z]/.test(text.slice(end, end + 3));
}

function insideProperName(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  if (start === 0 || first < 65 || first > 90) return false;
  return /[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|on)\s+)?$/.test(text.slice(Math.max(0, start - 40), start)) && !/[.!?:;“"]\s*$/.test(text.slice(Math.max(0, start - 3), start));
}
