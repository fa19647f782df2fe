/**
 * Relations between actors, sentence by sentence, with the discourse a reader keeps in mind: who was just
 * mentioned (for "the two countries"), who is speaking (for "we"), which pair the text is about (for
 * "bilateral"), and the date the paragraph is at.
 * Who is paired with whom within a clause is ./pairing.ts; a sentence without a relation cue gives no edge.
 */
import type { Domain, RelationType } from '../../model/vocabulary';
import type { CorpusDocument } from '../types';
import type { Sentence } from '../text/segment';
import type { ActorRecogniser, DocumentPeople, Mention } from '../actors/recognise';
import { findCues, type Cue } from './cues';
import { COORDINATION, JOINT, coordinatedBefore, groupItems, joinCoAgents, jointRelation, pairsOf, relationBetween, subjectGroup, type Group, type Item } from './pairing';
import { domainsIn, topicDomains } from './domains';
import { findKindReferences, findReferences } from './references';
import { findYears, type YearMention } from './years';
import { clauses, quotedSpans } from './clauses';
import { clauseItems } from './parties';
import { sortSmall } from '../util/sortSmall';
import { RESPECTIVELY, asideExcluding, respectiveYears } from './datedPhrases';
import { actorAsides, insideAside, type Aside } from './relativeClauses';

export interface RelationCandidate {
  readonly source: string;
  readonly target: string;
  readonly relation: RelationType;
  readonly domains: readonly Domain[];
  readonly year: number | null;
  readonly documentId: string;
  readonly sentence: Sentence;
}

const SPEECH_AFTER = /^\s*(?:has\s+|had\s+)?(?:said|says|added|adds|told|stated|states|announced|noted|explained|stressed|declared|continued|commented|wrote|insisted|argued)\b/i;
const SPEECH_ANYWHERE = /\b(?:said|says|added|adds|told|stated|states|announced|noted|explained|stressed|declared|continued|commented|wrote|insisted|argued|according to)\b/i;
const SPEECH_BEFORE = /\baccording to\s+(?:the\s+)?$/i;
/** "We", "our", and "this State" / "this country" in a speaker's or a government's own words. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b(?!\.)|\b[Tt]his (?:State|[Cc]ountry|[Nn]ation)\b/;
// Not "we": the author, never the pair just named (see FIRST_PERSON).
const IMPLICIT_SUBJECT = /\b(?:they|their|both)\b/i;
/** "We, the Heads of State and Government of the North Atlantic Alliance, …", "Issued by the NATO Heads of State …". */
const SELF_NAMING = /^\s*(?:We,\s+(?:the\s+)?[^,;]{0,160}(?:,|$)|(?:Issued|Published|Released|Adopted) by\s+[^.;]{0,160})/;
/** In an alliance's own text, "Allies" and "Allied" are its members together: the alliance. */
const ALLIES = /\bAllie[sd]\b/;
const GERUND_START = /^\p{Lu}\p{Ll}+ing\b/u;
const MAY_REFER = /\b(?:both|two|three|four|five|bilateral|bilaterally|countries|we|our|us|ministers|leaders|officials|delegations|programme|program|initiative|project|scheme|facility|mission|operation|alliance|bloc|organi[sz]ation|union)\b/i;
const BILATERAL = /\bbilateral(?:ly)?\b/i;
const POSSESSIVE_GAP = /^['’]s?\s+$/;
/** Up to three words of a noun phrase before its head ("Albania migration deal"). */
const PHRASE_GAP = /^(?:\s+[\w-]+){0,3}\s+$/;
const CUE_BEFORE_BETWEEN = /^\s+(?:[\w-]+\s+)?between\s+(?:the\s+)?$/i;
/** "… to settle their disputes": a quarrel that belongs to those just named. */
const OWNED_BY_OTHERS = /\btheir\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * A third party reacting to an event the text has just reported ("Beijing criticised the agreement", "the EU welcomed
 * the deal"): the event stands for the pair in focus.
 */
const REACTION_TO_EVENT =
  /\b(?:(criticis|criticiz|condemn|denounc|protest|reject|oppos|slamm?|warn|object)\w*|(welcom|prais|hail|endors|back|support|applaud)\w*)\s+(?:against\s+|to\s+)?(?:the|this|that|their|its)\s+(?:(?:new|latest|recent|bilateral|trilateral|joint|planned|proposed|upgraded|security|defen[cs]e|military|naval)\s+)*(?:agreement|pact|deal|accord|treaty|declaration|alliance|partnership|meeting|summit|talks|exercises?|drills?|visit|memorandum|cooperation|initiative|plan|proposal|move|decision|thaw|rapprochement|ceasefire|truce|normali[sz]ation|reconciliation)\b/i;

export class DocumentRelations {
  private readonly recentCountries: string[] = [];
  private readonly recentPeople: string[] = [];
  private focus: string[] = [];
  /** The countries of the last sentence that had two or more of them meet or sign: whom "the Ministers" are. */
  private participants: string[] = [];
  private readonly meetingNow = new Set<string>();
  private section = 0;
  /** The sentences read so far in the current paragraph, for the domains a clause's context gives. */
  private readonly paragraphSentences: Sentence[] = [];
  /** The domains of the document's sentences, once worked out (for a clause's context, and the document's topic). */
  private readonly sentenceDomains = new Map<Sentence, readonly Domain[]>();
  /** The one programme the section's heading names ("Eurodrone: a timeline"): what its signings and joinings are of. */
  private sectionProgramme: string | null = null;
  /** The programme and the organisation last named in the section, or its heading's: whom "the programme" and "the alliance" are. */
  private lastOfKind: { programme: string | null; organisation: string | null } = { programme: null, organisation: null };
  private speaker: string | null = null;
  /** Who "we" are, as the text names itself ("We, the Heads of State … of the North Atlantic Alliance"). */
  private self: string | null = null;
  /**
   * The dates of the paragraph's sentences, read when an edge needs them (chrono-node is the costliest stage, and
   * most sentences give no edge): a sentence's own, or the year its paragraph has reached before it.
   */
  private readonly sentenceYears = new Map<Sentence, YearMention[]>();
  /** The year the paragraph has reached before each sentence, once worked out. */
  private readonly paragraphYears = new Map<Sentence, number | null>();
  private clauseDomains: { text: string; domains: readonly Domain[] } | null = null;
  /** The domains the document is about, once a relation needs them. */
  private topic: readonly Domain[] | undefined;

  /** person id -> the sentence that first places them, for the person → country edge. */
  readonly affiliations = new Map<string, { actsFor: string; sentence: Sentence }>();

  constructor(
    private readonly doc: CorpusDocument,
    private readonly recogniser: ActorRecogniser,
    private readonly people: DocumentPeople,
    private readonly home: string | null,
    private readonly emit: (candidate: RelationCandidate) => void,
    private readonly headings: readonly string[] = [],
    private readonly sentences: readonly Sentence[] = [],
  ) {}

  read(sentence: Sentence): void {
    if (sentence.section !== this.section) this.startSection(sentence.section);
    if (this.paragraphSentences.length && this.paragraphSentences[0]!.paragraph !== sentence.paragraph) {
      this.paragraphSentences.length = 0;
      this.sentenceYears.clear();
      this.paragraphYears.clear();
    }
    this.paragraphSentences.push(sentence);
    const mentions = this.recogniser.mentions(sentence, this.people);
    for (const m of mentions) {
      this.recogniser.registry.noteSeen(m.actorId, m.surface);
      if (m.isPerson && m.actsFor && !this.affiliations.has(m.actorId)) this.affiliations.set(m.actorId, { actsFor: m.actsFor, sentence });
    }
    const text = sentence.text;
    this.self ??= selfNamed(text, mentions);
    const speakers = this.speakers(text, mentions);
    this.meetingNow.clear();
    for (const clause of clauses(text)) {
      // "Estonia, Latvia and Lithuania, which joined NATO in 2004, …": a relative clause relates its own actors to
      // the actors it describes, and is read apart from the clause around it.
      const asides = actorAsides(text, clause, mentions);
      for (const aside of asides) this.readClause(sentence, { start: aside.antecedent, end: aside.end }, mentions, speakers);
      this.readClause(sentence, clause, mentions, speakers, asides);
    }
    if (this.meetingNow.size >= 2) this.participants = [...this.meetingNow];
    this.readMemberLists(sentence, mentions);
    if (text.includes('-led')) this.readLeaders(sentence, mentions);
    this.remember(text, mentions);
  }

  /**
   * @param asides relative clauses inside the clause, read on their own: their actors are left out here (their words
   *   still say what the actors they describe do: "Pakistan, which flew fighters during the clashes, claims …").
   */
  private readClause(sentence: Sentence, clause: { start: number; end: number }, allMentions: readonly Mention[], speakers: ReadonlySet<Mention>, asides: readonly Aside[] = []): void {
    const text = sentence.text;
    const wholeSentence = clause.start === 0 && clause.end === text.length && !asides.length;
    const clauseText = wholeSentence ? text : text.slice(clause.start, clause.end);
    const mentions = wholeSentence ? allMentions : allMentions.filter((m) => m.start >= clause.start && m.end <= clause.end && !insideAside(asides, m.start));
    // Nothing to relate: fewer than two actors, and no reference ("both", "the two countries", "we", "bilateral")
    // or implicit subject ("They reviewed…", "Deepening dialogue with…") that could bring a second.
    if (distinctActsFor(mentions) === 1 && this.readReaction(sentence, clause, clauseText, mentions)) return;
    if (distinctActsFor(mentions) < 2 && !MAY_REFER.test(clauseText) && !(this.focus.length && mentions.length && (IMPLICIT_SUBJECT.test(clauseText) || GERUND_START.test(clauseText.trimStart())))) return;
    const lower = clauseText.toLowerCase();
    let cues = inSentence(findCues(clauseText, clause.start === 0 ? mentions : mentions.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start })), lower), clause.start);
    if (!cues.length) return;
    // "launched … at the NATO summit in July": a gathering that only says where another act happened is no meeting.
    if (cues.length > 1 && cues.some((c) => c.relation !== 'meeting')) cues = cues.filter((c) => c.relation !== 'meeting' || !SETTING_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)));
    // In a quotation with its speaker named ("“…,” Germany's chancellor Olaf Scholz said"), the actors are those quoted.
    const quotes = speakers.size ? quotedSpans(text) : [];
    const items = clauseItems(text, clauseText, mentions, quotes);
    const consumed = this.readAttributes(sentence, clause, clauseText, items, cues);
    if (consumed.length) {
      cues = cues.filter((c) => !consumed.includes(c));
      if (!cues.length) return;
    }
    const memberships: [string, string][] = [];
    for (const ref of findReferences(clauseText)) {
      const start = ref.start + clause.start;
      const end = ref.end + clause.start;
      if (insideAside(asides, start)) continue;
      if (ref.vague) {
        removeItemsWithin(items, start, end);
        continue;
      }
      const referents = coordinatedBefore(text, items, start, ref.count) ?? this.namedBefore(items, start, ref.count, ref.toPeople) ?? this.resolve(ref.count, ref.toPeople);
      if (!referents) continue;
      const qualifier = ref.qualifier ? allMentions.find((m) => m.start >= start && m.end <= end && !m.isPerson) : undefined;
      if (qualifier) for (const r of referents) memberships.push([r, qualifier.actorId]);
      removeItemsWithin(items, start, end);
      items.push({ start, end, actors: referents, coAgent: false });
    }
    for (const ref of findKindReferences(clauseText)) {
      const referent = this.lastOfKind[ref.type];
      const start = ref.start + clause.start;
      if (referent && !items.some((i) => i.actors.includes(referent))) items.push({ start, end: ref.end + clause.start, actors: [referent], coAgent: false });
    }
    sortSmall(items, byStart);

    if (this.focus.length === 2 && BILATERAL.test(clauseText) && distinctActors(items) < 2) {
      const at = clause.start + clauseText.search(BILATERAL);
      items.push({ start: at, end: at, actors: this.focus, coAgent: false });
      sortSmall(items, byStart);
    }
    const groups = groupItems(text, items, cues);
    // "Brussels urged both countries to settle their disputes": a quarrel the text gives to others is theirs, not the subject's.
    const owned = cues.filter((c) => (c.relation === 'tension' || c.relation === 'conflict') && OWNED_BY_OTHERS.test(text.slice(Math.max(clause.start, c.start - 30), c.start)));
    if (owned.length) {
      for (const cue of owned) this.readOwnQuarrel(sentence, clause, clauseText, groups, cue);
      cues = cues.filter((c) => !owned.includes(c));
      if (!cues.length) return;
    }
    let subject = subjectGroup(groups, cues, text, clause.start);
    const saysWe = FIRST_PERSON.test(clauseText) || (this.selfIsOrganisation() && ALLIES.test(clauseText));
    const firstPerson = saysWe ? (this.speaker ?? this.self ?? this.home) : null;
    if (firstPerson && !items.some((i) => i.actors.includes(firstPerson))) {
      subject = { items: [{ start: clause.start, end: clause.start, actors: [firstPerson], coAgent: false }], between: false };
      groups.unshift(subject);
    } else if (!saysWe && (!subject || subject.items[0]!.start > cues[0]!.start)) {
      const before = text.slice(clause.start, cues[0]!.start);
      // The actors in focus, less those the sentence names itself: "Strengthening ties with London" is not London's doing.
      const implicit = this.focus.filter((actor) => !items.some((i) => i.actors.includes(actor)));
      if (implicit.length && (IMPLICIT_SUBJECT.test(before) || GERUND_START.test(clauseText.trim()))) {
        subject = { items: [{ start: cues[0]!.start, end: cues[0]!.start, actors: implicit, coAgent: false }], between: false };
        groups.unshift(subject);
      }
    }
    if (!subject) return;
    joinCoAgents(subject, groups);

    const pairs = pairsOf(subject, groups, cues, text);
    if (!pairs.length && !memberships.length) return;

    const named = clauseText === text ? this.domainsOfSentence(sentence, lower) : this.domainsOf(clauseText, lower);
    const domains = this.withContextDomains(named, sentence, clauseText);
    // A quarrel in words (criticising, protesting, summoning an ambassador) is diplomacy, whatever it is about.
    const spoken = cues.some((c) => c.relation === 'tension' && SPOKEN_TENSION.test(text.slice(c.start, c.end)));
    const years = this.yearsIn(sentence);
    // "We condemn the partnership between Russia and China": the cue before "between" is the pair's own, not the
    // subject's towards them.
    const betweenGroups = groups.some((g) => g.between) ? groups.filter((g) => g.between && g !== subject) : [];
    const ownCues = new Set(betweenGroups.flatMap((g) => cues.filter((c) => c.end <= g.items[0]!.start && CUE_BEFORE_BETWEEN.test(text.slice(c.end, g.items[0]!.start)))));
    // Only when a directed act ("condemn", "support") takes that phrase as its object, a few words before its cue.
    const directed = cues.some(
      (c) =>
        !ownCues.has(c) &&
        (c.relation === 'tension' || c.relation === 'conflict' || c.relation === 'support') &&
        [...ownCues].some((own) => c.end <= own.start && own.start - c.end <= 40 && !items.some((i) => i.start >= c.end && i.start < own.start)),
    );
    const subjectCues = ownCues.size && directed ? cues.filter((c) => !ownCues.has(c)) : cues;
    const respectively = clauseText.search(RESPECTIVELY);
    const respective = respectively >= 0 ? respectiveYears(subject.items, years, clause.start, clause.start + respectively) : null;
    for (const { a, b, source, target, relation: tied } of pairs) {
      const towardsBetween = subject.items.includes(a) && betweenGroups.some((g) => g.items.includes(b));
      let typing = towardsBetween && subjectCues.length ? subjectCues : cues;
      // "Kyrgyzstan joined the EAEU alongside Russia": Russia shares the act ("joined"); "alongside" only brought it in.
      if ((a.coAgent || b.coAgent) && typing.some((c) => isCoAgentCue(text, c))) {
        const acts = typing.filter((c) => !isCoAgentCue(text, c));
        if (acts.length) typing = acts;
      }
      const relation = tied === JOINT ? jointRelation(a, b, typing) : (tied ?? relationBetween(a, b, typing));
      const year = respective?.get(a) ?? respective?.get(b) ?? this.yearFor(years, a, b, clause, sentence, allMentions);
      this.add(sentence, source, target, relation, this.withActorDomains(relation === 'tension' && spoken ? withDiplomacy(domains) : domains, [source, target]), year);
    }
    // Under a heading that names a programme, countries that sign or join with nothing else named to sign or join
    // take part in it ("May 2015 - Germany, France and Italy sign a declaration of intent in Brussels").
    const programme = this.sectionProgramme;
    if (programme && cues.some((c) => c.relation === 'agreement' || c.relation === 'membership') && !items.some((i) => i.actors.some((a) => !this.isCountry(a)))) {
      for (const country of new Set(subject.items.flatMap((i) => i.actors))) memberships.push([country, programme]);
    }
    for (const [country, org] of memberships) this.add(sentence, country, org, 'membership', this.withActorDomains(domains, [org]), this.yearFor(years, null, null, clause, sentence));
  }

  /**
   * "Italy's Albania migration deal", "the US's Ukraine aid": an actor after another's possessive qualifies a thing of
   * the possessor's. It relates to the possessor (by the cue that ends the phrase, if any) and to no one else, so it
   * leaves `items`; the cue it used is returned, as it types that phrase and not the clause.
   */
  private readAttributes(sentence: Sentence, clause: { start: number; end: number }, clauseText: string, items: Item[], cues: readonly Cue[]): Cue[] {
    const text = sentence.text;
    const consumed: Cue[] = [];
    for (let i = items.length - 1; i > 0; i--) {
      const possessor = items[i - 1]!;
      const attribute = items[i]!;
      if (attribute.start - possessor.end > 3 || !POSSESSIVE_GAP.test(text.slice(possessor.end, attribute.start))) continue;
      items.splice(i, 1);
      const cue = cues.find((c) => c.start >= attribute.end && PHRASE_GAP.test(text.slice(attribute.end, c.start)));
      if (!cue) continue;
      consumed.push(cue);
      this.addInClause(sentence, clause, clauseText, possessor.actors[0]!, attribute.actors[0]!, cue.relation);
    }
    return consumed;
  }

  /**
   * "the Quad — Australia, India, Japan and the United States", "the Quad, the grouping of India, Japan, …",
   * "GCAP partners: the UK, Italy and Japan": an organisation or programme followed by the list of its members.
   */
  private readMemberLists(sentence: Sentence, mentions: readonly Mention[]): void {
    const text = sentence.text;
    for (let i = 0; i < mentions.length - 2; i++) {
      const body = mentions[i]!;
      const type = body.isPerson ? undefined : this.recogniser.registry.get(body.actorId)?.type;
      if (type !== 'organisation' && type !== 'programme') continue;
      const lead = MEMBER_LIST_LEAD.exec(text.slice(body.end, body.end + 40));
      if (!lead) continue;
      const members: string[] = [];
      let reach = body.end + lead[0].length;
      for (let j = i + 1; j < mentions.length; j++) {
        const m = mentions[j]!;
        if (!m.actsForCountry || m.isPerson || !(members.length ? COORDINATION : LIST_START).test(text.slice(reach, m.start))) break;
        members.push(m.actsFor!);
        reach = m.end;
      }
      if (members.length < 2) continue;
      const clause = { start: 0, end: text.length };
      for (const member of new Set(members)) this.addInClause(sentence, clause, text, member, body.actorId, 'membership');
    }
  }

  /**
   * "the NATO-led Kosovo Force", "EUFOR Althea, the EU-led peacekeeping force": who leads an organisation or programme
   * works with it, whatever else the sentence says.
   */
  private readLeaders(sentence: Sentence, mentions: readonly Mention[]): void {
    const text = sentence.text;
    const isBody = (m: Mention | undefined): m is Mention => !!m && !m.isPerson && BODY_TYPES.has(this.recogniser.registry.get(m.actorId)?.type ?? '');
    for (let i = 0; i < mentions.length; i++) {
      const leader = mentions[i]!;
      if (leader.isPerson || !leader.actsFor || !text.startsWith('-led', leader.end)) continue;
      const next = mentions[i + 1];
      const previous = mentions[i - 1];
      const led = isBody(next) && LED_THEN_NAME.test(text.slice(leader.end, next.start)) ? next : isBody(previous) && NAME_THEN_LED.test(text.slice(previous.end, leader.start)) ? previous : null;
      if (led && led.actorId !== leader.actsFor) this.addInClause(sentence, { start: 0, end: text.length }, text, leader.actsFor, led.actorId, 'cooperation');
    }
  }

  /** The quarrel ("their disputes") is between the actors of the last group before it that has two or more. */
  private readOwnQuarrel(sentence: Sentence, clause: { start: number; end: number }, clauseText: string, groups: readonly Group[], cue: Cue): void {
    const owners = groups.filter((g) => g.items[g.items.length - 1]!.end <= cue.start).map((g) => [...new Set(g.items.flatMap((i) => i.actors))]).filter((actors) => actors.length >= 2).at(-1);
    if (!owners) return;
    for (let i = 0; i < owners.length; i++) for (let j = i + 1; j < owners.length; j++) this.addInClause(sentence, clause, clauseText, owners[i]!, owners[j]!, cue.relation);
  }

  /** "China criticised the agreement": the one actor named, towards each party of the event in focus. */
  private readReaction(sentence: Sentence, clause: { start: number; end: number }, clauseText: string, mentions: readonly Mention[]): boolean {
    if (this.focus.length !== 2) return false;
    const reaction = REACTION_TO_EVENT.exec(clauseText);
    const actor = mentions.find((m) => m.actsFor !== null)!;
    if (!reaction || actor.start > clause.start + reaction.index || this.focus.includes(actor.actsFor!)) return false;
    const relation: RelationType = reaction[1] ? 'tension' : 'support';
    for (const party of this.focus) this.addInClause(sentence, clause, clauseText, actor.actsFor!, party, relation);
    return true;
  }

  /** An edge the clause states outside its subject's pairs: the clause's domains, its date (no anchor actor). */
  private addInClause(sentence: Sentence, clause: { start: number; end: number }, clauseText: string, source: string, target: string, relation: RelationType): void {
    this.add(sentence, source, target, relation, this.withActorDomains(this.withContextDomains(this.domainsOf(clauseText), sentence, clauseText), [source, target]), this.yearFor(this.yearsIn(sentence), null, null, clause, sentence));
  }

  /**
   * After a heading, "the two sides" and "they" no longer reach back: in a digest the next item is another story
   * ("China lifted its tariffs on Australian barley" after an item on Dutch chip controls).
   */
  private startSection(section: number): void {
    this.section = section;
    this.focus = [];
    this.participants = [];
    this.recentCountries.length = 0;
    this.recentPeople.length = 0;
    this.lastOfKind = { programme: null, organisation: null };
    const heading = this.headings[section - 1];
    const named = heading ? this.recogniser.mentions({ text: heading, start: 0, end: heading.length, paragraph: -1, section, toDocument: (p) => p }, this.people) : [];
    this.rememberKinds(named);
    const programmes = new Set(named.filter((m) => !m.isPerson && this.recogniser.registry.get(m.actorId)?.type === 'programme').map((m) => m.actorId));
    this.sectionProgramme = programmes.size === 1 ? [...programmes][0]! : null;
  }

  /** The programme and the organisation last named, for "the programme" and "the alliance". */
  private rememberKinds(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (m.isPerson) continue;
      const type = this.recogniser.registry.get(m.actorId)?.type;
      if (type === 'programme' || type === 'organisation') this.lastOfKind[type] = m.actorId;
    }
  }

  /**
   * A clause whose wording names no domain ("The protocol was signed in Rome in November 2023") takes those of its
   * whole sentence, or else of the nearest earlier sentence of its paragraph that names some (the paragraph is about
   * migration), with diplomacy, the domain of a relation that names none.
   */
  private withContextDomains(domains: readonly Domain[], sentence: Sentence, clauseText: string): readonly Domain[] {
    if (domains.length) return domains;
    for (let i = this.paragraphSentences.length - 1; i >= 0; i--) {
      const earlier = this.paragraphSentences[i]!;
      if (earlier === sentence && clauseText === sentence.text) continue;
      const found = this.domainsOfSentence(earlier);
      if (found.length) return withDiplomacy(found);
    }
    const topic = (this.topic ??= topicDomains(this.sentences.map((s) => this.domainsOfSentence(s))));
    return topic.length ? withDiplomacy(topic) : domains;
  }

  private domainsOfSentence(sentence: Sentence, lower?: string): readonly Domain[] {
    let found = this.sentenceDomains.get(sentence);
    if (!found) this.sentenceDomains.set(sentence, (found = domainsIn(sentence.text, lower)));
    return found;
  }

  /** The clause's domains, worked out once however many edges the clause gives. */
  private domainsOf(clauseText: string, lower?: string): readonly Domain[] {
    if (this.clauseDomains?.text !== clauseText) this.clauseDomains = { text: clauseText, domains: domainsIn(clauseText, lower) };
    return this.clauseDomains.domains;
  }

  private selfIsOrganisation(): boolean {
    const self = this.self ?? this.home;
    return self !== null && this.recogniser.registry.get(self)?.type === 'organisation';
  }

  private isCountry(id: string): boolean {
    return this.recogniser.registry.get(id)?.type === 'country';
  }

  private add(sentence: Sentence, source: string, target: string, relation: RelationType, domains: readonly Domain[], year: number | null): void {
    const countries = this.isCountry(source) && this.isCountry(target);
    // Membership is of an organisation or a programme: two countries that join or take part together cooperate.
    if (relation === 'membership' && countries) relation = 'cooperation';
    if ((relation === 'meeting' || relation === 'agreement') && countries) this.meetingNow.add(source).add(target);
    // A meeting is a diplomatic act whatever it was about ("met to discuss defence cooperation").
    if (relation === 'meeting') domains = withDiplomacy(domains);
    this.emit({ source, target, relation, domains, year, documentId: this.doc.id, sentence });
  }

  private withActorDomains(domains: readonly Domain[], actors: readonly string[]): readonly Domain[] {
    let all: Set<Domain> | null = null;
    for (const id of actors) for (const d of this.recogniser.registry.get(id)?.domains ?? []) (all ??= new Set(domains)).add(d);
    if (all) return [...all];
    return domains.length ? domains : DIPLOMACY_ONLY;
  }

  private yearFor(years: readonly YearMention[], a: Item | null, b: Item | null, clause: { start: number; end: number }, sentence: Sentence, mentionsIn: readonly Mention[] = []): number | null {
    // "Manila, which has a treaty with Washington signed in 1951, has also been expanding ties with Australia": a
    // date inside a relative clause or parentheses dates what it says there, not a pair that is outside it.
    if (a && b && years.length) years = years.filter((y) => !asideExcluding(sentence.text, y, [...a.actors, ...b.actors], mentionsIn, [a.end, b.end]));
    // A date ("in 2023") over a year that names a thing ("renewed the 2018 agreement in 2023").
    if (years.some((y) => y.anchored) && years.some((y) => !y.anchored)) years = years.filter((y) => y.anchored);
    const inClause = years.filter((y) => y.start >= clause.start && y.end <= clause.end);
    const candidates = inClause.length ? inClause : years;
    if (candidates.length === 1) return candidates[0]!.year;
    if (candidates.length > 1) {
      // The date nearest the later actor: "with Togo in 2019 and with Benin in 2021".
      const anchor = b ? (a && a.start > b.start ? a.end : b.end) : clause.start;
      return sortSmall([...candidates], (x, y) => Math.abs((x.start + x.end) / 2 - anchor) - Math.abs((y.start + y.end) / 2 - anchor))[0]!.year;
    }
    return this.paragraphYearOf(sentence) ?? this.doc.date?.year ?? null;
  }

  /** The mentions that introduce a quotation or reported speech ("Crosetto said:", "according to Tajani"). */
  private speakers(text: string, mentions: readonly Mention[]): Set<Mention> {
    const found = new Set<Mention>();
    if (!SPEECH_ANYWHERE.test(text)) return found;
    for (const m of mentions) {
      if (!m.actsFor) continue;
      if (SPEECH_AFTER.test(text.slice(m.end, m.end + 40)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) {
        found.add(m);
        this.speaker = m.actsFor;
      }
    }
    return found;
  }

  /**
   * "Macron's visit was his first to Serbia since 2019, when he and Vučić agreed to upgrade relations between the two
   * countries": the sentence itself has named exactly that many countries before the reference.
   */
  private namedBefore(items: readonly Item[], before: number, count: number | null, toPeople: boolean): string[] | null {
    if (toPeople || count === null) return null;
    const actors = [...new Set(items.filter((i) => i.end <= before).flatMap((i) => i.actors))].filter((id) => this.isCountry(id));
    if (actors.length === count) return actors;
    // "Yerevan turned elsewhere. In 2023 France agreed to deliver radars, and in 2024 the two countries signed a
    // contract": the one country named, and the other last spoken of (the pair in focus when it is one of them).
    if (count !== 2 || actors.length !== 1) return null;
    const named = actors[0]!;
    if (this.focus.length === 2 && this.focus.includes(named)) return this.focus;
    const other = this.recentCountries.find((id) => id !== named);
    return other ? [named, other] : null;
  }

  private resolve(count: number | null, toPeople: boolean): string[] | null {
    // "The Ministers condemned …": with no number, the officials are those of the last meeting or signing.
    if (count === null && toPeople) return this.participants.length >= 2 ? this.participants : this.focus.length >= 2 ? this.focus : null;
    // "the two countries" most often means the pair the text is about, not whichever two were named last.
    if ((count === 2 || count === null) && this.focus.length === 2 && !toPeople) return this.focus;
    const pool = toPeople && new Set(this.recentPeople.slice(0, count ?? 2)).size === (count ?? 2) ? this.recentPeople : this.recentCountries;
    if (count === null) return this.focus.length >= 2 ? this.focus : pool.length >= 2 ? pool.slice(0, 2) : null;
    const distinct = [...new Set(pool)].slice(0, count);
    return distinct.length === count ? distinct : null;
  }

  private remember(text: string, mentions: readonly Mention[]): void {
    this.rememberKinds(mentions);
    for (const m of mentions) {
      if (!m.actsForCountry) continue;
      moveToFront(this.recentCountries, m.actsFor!);
      if (m.isPerson) moveToFront(this.recentPeople, m.actsFor!);
    }
    // The pair the text is about: two countries named together ("Ghana and Togo"), not a list of more.
    const countries = mentions.filter((m) => m.actsForCountry);
    for (let i = 0; i + 1 < countries.length; i++) {
      let end = i + 1;
      while (end < countries.length && COORDINATION.test(text.slice(countries[end - 1]!.end, countries[end]!.start))) end++;
      const run = new Set(countries.slice(i, end).map((m) => m.actsFor!));
      if (run.size === 2) {
        this.focus = [...run];
        break;
      }
      i = end - 1;
    }
  }

  /** The sentence's dates; the sentence is one of the paragraph's read so far. */
  private yearsIn(sentence: Sentence): YearMention[] {
    let years = this.sentenceYears.get(sentence);
    if (!years) this.sentenceYears.set(sentence, (years = this.withRelativeYears(sentence, findYears(sentence.text, this.doc.date, this.storyYear(sentence)))));
    return years;
  }

  /**
   * The year the paragraph has reached before the sentence, if it has given one: the last year that dates something
   * in the nearest earlier sentence that has one (not a year that names a thing, "the 2007 plan").
   */
  private paragraphYearOf(sentence: Sentence): number | null {
    let year = this.paragraphYears.get(sentence);
    if (year === undefined) this.paragraphYears.set(sentence, (year = this.findParagraphYear(sentence)));
    return year;
  }

  private findParagraphYear(sentence: Sentence): number | null {
    for (let i = this.paragraphSentences.lastIndexOf(sentence) - 1; i >= 0; i--) {
      const earlier = this.paragraphSentences[i]!;
      if (!MAY_DATE.test(earlier.text)) continue;
      // Not a year in a backward look ("the first since the agreement with the US was signed in 1960").
      const dating = this.yearsIn(earlier).filter((y) => y.anchored && !y.namesAgreement && !SINCE_BEFORE.test(earlier.text.slice(Math.max(0, y.start - 120), y.start)));
      if (dating.length) return dating[dating.length - 1]!.year;
    }
    return null;
  }

  /** The year the paragraph has reached, when it is not the document's own. */
  private storyYear(sentence: Sentence): number | null {
    const year = this.paragraphYearOf(sentence);
    return year !== null && year !== this.doc.date?.year ? year : null;
  }

  /**
   * "a year later", "the following year", "two years earlier": counted from the last year the sentence gave before
   * them, or else from the year the paragraph is at (the story's time, not the document's).
   */
  private withRelativeYears(sentence: Sentence, years: YearMention[]): YearMention[] {
    const text = sentence.text;
    if (!text.includes('year')) return years;
    const found: YearMention[] = [];
    RELATIVE_YEAR.lastIndex = 0;
    for (let m = RELATIVE_YEAR.exec(text); m; m = RELATIVE_YEAR.exec(text)) {
      const before = years.filter((y) => y.end <= m!.index).at(-1)?.year ?? this.paragraphYearOf(sentence);
      if (before === null) continue;
      const count = m[1] ? (YEAR_COUNTS[m[1].toLowerCase()] ?? 1) : 1;
      const direction = /later|after|following|next/i.test(m[0]) ? 1 : -1;
      const year = before + direction * count;
      if (this.doc.date && year > this.doc.date.year) continue;
      found.push({ year, start: m.index, end: m.index + m[0].length, anchored: true });
    }
    return found.length ? sortSmall([...years, ...found], byStart) : years;
  }
}

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

const DIPLOMACY_ONLY: readonly Domain[] = ['diplomacy'];
const withDiplomacy = (domains: readonly Domain[]): readonly Domain[] => (domains.includes('diplomacy') ? domains : [...domains, 'diplomacy']);
const SPOKEN_TENSION = /^(?:criticis|criticiz|condemn|accus|protest|warn|threat|expel|summon|rebuk|reject|complain|recall|sever|downgrad|cut|disagree|sceptical|skeptical|concern)/i;

/** Where a meeting cue is the setting of another act: "at the NATO summit", "on the sidelines of the talks". */
const SETTING_BEFORE = /\b(?:at|during|on the (?:sidelines|margins|fringes) of|ahead of)\s+(?:the|a|an|this|last|their|its)\s+(?:[\w'’-]+\s+){0,3}$/i;

const SINCE_BEFORE = /\bsince\b[^,;.]*$/;

/** A sentence that can give a date: a digit, or "this/last/next year". */
const MAY_DATE = /\d|\b(?:this|last|next)\s+(?:year|month|week)\b/i;

/** Cues found in a clause, moved to the sentence's coordinates. */
function inSentence(cues: Cue[], clauseStart: number): Cue[] {
  return clauseStart === 0 ? cues : cues.map((c) => ({ relation: c.relation, start: c.start + clauseStart, end: c.end + clauseStart }));
}

const YEAR_COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RELATIVE_YEAR = /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (?:later|afterwards|after that|earlier|before)|the (?:following|next|previous) year|the year (?:after|before))\b/gi;

/** What leads from an organisation to the list of its members: a dash, a colon, "the grouping of", "partners:". */
const BODY_TYPES: ReadonlySet<string> = new Set(['organisation', 'programme']);
const LED_THEN_NAME = /^-led\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const NAME_THEN_LED = /^,\s+(?:the|a|an)\s+$/;
const MEMBER_LIST_LEAD = /^(?:\s*[—–]\s*|\s*\(\s*|:\s*|,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:grouping|group|alliance|bloc|club|format|partnership|coalition)\s+of\s+|\s+(?:partners|members|participants|member states|partner (?:countries|nations))\s*(?::|—|–|are|include)\s*)/;
const LIST_START = /^\s*(?:the\s+)?$/;

/** The words that bring in co-agents ("alongside", "together with"): cues of cooperation that type no pair. */
const CO_AGENT_CUE = /^(?:alongside|together with|along with|jointly with)$/i;
const isCoAgentCue = (text: string, cue: Cue): boolean => cue.relation === 'cooperation' && CO_AGENT_CUE.test(text.slice(cue.start, cue.end));

/** The organisation or country a text names itself by, when it does ("We, the … of the North Atlantic Alliance,"). */
function selfNamed(text: string, mentions: readonly Mention[]): string | null {
  const naming = SELF_NAMING.exec(text);
  if (!naming) return null;
  const named = mentions.find((m) => m.end <= naming.index + naming[0].length && !m.isPerson && m.actsFor !== null);
  return named?.actsFor ?? null;
}

/** Drops the items a phrase covers (a reference stands in for them, or names them only as a qualifier). */
function removeItemsWithin(items: Item[], start: number, end: number): void {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.start >= start && items[i]!.end <= end) items.splice(i, 1);
}

function distinctActsFor(mentions: readonly Mention[]): number {
  let first: string | null = null;
  for (const m of mentions) {
    if (m.actsFor === null) continue;
    if (first === null) first = m.actsFor;
    else if (m.actsFor !== first) return 2;
  }
  return first === null ? 0 : 1;
}

function distinctActors(items: readonly Item[]): number {
  const seen = new Set<string>();
  for (const item of items) for (const actor of item.actors) seen.add(actor);
  return seen.size;
}

/** How many recently mentioned actors a reference ("the three countries") can reach back to. */
const RECENT = 6;

function moveToFront(list: string[], id: string): void {
  const at = list.indexOf(id);
  if (at !== -1) list.splice(at, 1);
  list.unshift(id);
  if (list.length > RECENT) list.length = RECENT;
}
