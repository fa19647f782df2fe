/**
 * Relations between actors, sentence by sentence, with the discourse a reader keeps in mind: who was just
 * mentioned (for "the two countries"), who is speaking (for "we"), which pair the text is about (for
 * "bilateral"), and the date the paragraph is at.
 *
 * Within a sentence, actors are grouped where the text coordinates them ("the UK and Italy", "UK-Italy",
 * "between Rome and London"). The subject is the group just before the first relation cue that has one; it is
 * paired with every other actor, and coordinated groups before the cue are paired among themselves. Actors merely
 * listed together after the cue ("the UN, the EU and NATO") are not paired with each other, and a sentence
 * without a relation cue gives no edge.
 */
import type { Domain, RelationType } from '../../model/vocabulary';
import type { CorpusDocument } from '../types';
import type { Sentence } from '../text/segment';
import type { ActorRecogniser, DocumentPeople, Mention } from '../actors/recognise';
import { findCues, RELATION_PRIORITY, type Cue } from './cues';
import { domainsIn } from './domains';
import { findReferences } from './references';
import { findYears, type YearMention } from './years';

export interface RelationCandidate {
  readonly source: string;
  readonly target: string;
  readonly relation: RelationType;
  readonly domains: readonly Domain[];
  readonly year: number | null;
  readonly documentId: string;
  readonly sentence: Sentence;
}

/** An actor or a set of actors at a place in the sentence. */
interface Item {
  readonly start: number;
  readonly end: number;
  readonly actors: readonly string[];
  readonly coAgent: boolean;
}

interface Group {
  readonly items: Item[];
  readonly between: boolean;
}

const SPEECH_AFTER = /^\s*(?:has\s+|had\s+)?(?:said|says|added|adds|told|stated|states|announced|noted|explained|stressed|declared|continued|commented|wrote|insisted|argued)\b/i;
const SPEECH_ANYWHERE = /\b(?:said|says|added|adds|told|stated|states|announced|noted|explained|stressed|declared|continued|commented|wrote|insisted|argued|according to)\b/i;
const SPEECH_BEFORE = /\baccording to\s+(?:the\s+)?$/i;
const QUOTED = /[“”"]/u;
const FIRST_PERSON = /\b(?:we|our|us)\b(?!\.)/;
const IMPLICIT_SUBJECT = /\b(?:they|their|we|our|both)\b/i;
const GERUND_START = /^\p{Lu}\p{Ll}+ing\b/u;
const COORDINATION = /^\s*(?:,\s*)?(?:and|&|or|,|-|–|\/|as well as)?\s*(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;
const CO_AGENT_BEFORE = /\b(?:along with|together with|alongside|jointly with|in partnership with|as well as)\s+(?:the\s+)?$/i;
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const BILATERAL = /\bbilateral(?:ly)?\b/i;

export class DocumentRelations {
  private recentCountries: string[] = [];
  private recentPeople: string[] = [];
  private focus: string[] = [];
  private speaker: string | null = null;
  private paragraphYear: { paragraph: number; year: number } | null = null;
  private sentenceYears: { sentence: Sentence; years: YearMention[] } | null = null;

  /** person id -> the sentence that first places them, for the person → country edge. */
  readonly affiliations = new Map<string, { actsFor: string; sentence: Sentence }>();

  constructor(
    private readonly doc: CorpusDocument,
    private readonly recogniser: ActorRecogniser,
    private readonly people: DocumentPeople,
    private readonly home: string | null,
    private readonly emit: (candidate: RelationCandidate) => void,
  ) {}

  read(sentence: Sentence): void {
    const mentions = this.recogniser.mentions(sentence, this.people);
    for (const m of mentions) {
      this.recogniser.registry.noteSeen(m.actorId, m.surface);
      if (m.isPerson && m.actsFor && !this.affiliations.has(m.actorId)) this.affiliations.set(m.actorId, { actsFor: m.actsFor, sentence });
    }
    const text = sentence.text;
    const speakers = this.speakers(text, mentions);
    for (const clause of clauses(text)) this.readClause(sentence, clause, mentions, speakers);
    this.remember(text, mentions);
  }

  private readClause(sentence: Sentence, clause: { start: number; end: number }, allMentions: readonly Mention[], speakers: ReadonlySet<Mention>): void {
    const text = sentence.text;
    const clauseText = text.slice(clause.start, clause.end);
    const inClause = (x: { start: number; end: number }) => x.start >= clause.start && x.end <= clause.end;
    const mentions = allMentions.filter(inClause);
    const names = mentions.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start }));
    const cues = findCues(clauseText, names).map((c) => ({ ...c, start: c.start + clause.start, end: c.end + clause.start }));
    const quoted = QUOTED.test(text);
    const items: Item[] = mentions
      .filter((m) => m.actsFor !== null && !(quoted && speakers.has(m)))
      .map((m) => ({ start: m.start, end: m.end, actors: [m.actsFor!], coAgent: false }));
    const memberships: [string, string][] = [];
    for (const ref of findReferences(clauseText)) {
      const start = ref.start + clause.start;
      const end = ref.end + clause.start;
      const referents = coordinatedBefore(text, items, start, ref.count) ?? this.resolve(ref.count, ref.toPeople);
      if (!referents) continue;
      const qualifier = ref.qualifier ? allMentions.find((m) => m.start >= start && m.end <= end && !m.isPerson) : undefined;
      if (qualifier) for (const r of referents) memberships.push([r, qualifier.actorId]);
      for (let i = items.length - 1; i >= 0; i--) if (items[i]!.start >= start && items[i]!.end <= end) items.splice(i, 1);
      items.push({ start, end, actors: referents, coAgent: false });
    }
    items.sort((a, b) => a.start - b.start);
    if (!cues.length) return;

    const distinct = new Set(items.flatMap((i) => i.actors));
    if (distinct.size < 2 && BILATERAL.test(clauseText) && this.focus.length === 2) {
      const at = clause.start + clauseText.search(BILATERAL);
      items.push({ start: at, end: at, actors: this.focus, coAgent: false });
      items.sort((a, b) => a.start - b.start);
    }
    const groups = groupItems(text, items, cues);
    let subject = subjectGroup(groups, cues);
    const firstPerson = FIRST_PERSON.test(clauseText) ? (this.speaker ?? this.home) : null;
    if (firstPerson && !items.some((i) => i.actors.includes(firstPerson))) {
      subject = { items: [{ start: clause.start, end: clause.start, actors: [firstPerson], coAgent: false }], between: false };
      groups.unshift(subject);
    } else if (!subject || subject.items[0]!.start > cues[0]!.start) {
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

    const pairs = new Map<string, { a: Item; b: Item; source: string; target: string }>();
    const addPair = (a: Item, b: Item, x: string, y: string) => {
      if (x === y) return;
      const key = x < y ? `${x}|${y}` : `${y}|${x}`;
      if (!pairs.has(key)) pairs.set(key, { a, b, source: x, target: y });
    };
    const within = (group: Group) => {
      const members = group.items.flatMap((item) => item.actors.map((actor) => ({ item, actor })));
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) addPair(members[i]!.item, members[j]!.item, members[i]!.actor, members[j]!.actor);
    };
    within(subject);
    for (const group of groups) if (group !== subject && (group.between || (group.items.length > 1 && group.items[group.items.length - 1]!.end <= cues[0]!.start))) within(group);
    for (const group of groups) {
      if (group === subject) continue;
      for (const item of group.items) for (const s of subject.items) for (const x of s.actors) for (const y of item.actors) addPair(s, item, x, y);
    }
    if (!pairs.size && !memberships.length) return;

    const domains = this.domainsFor(clauseText);
    const years = this.yearsIn(sentence);
    for (const { a, b, source, target } of pairs.values()) {
      const relation = relationBetween(a, b, cues);
      this.add(sentence, source, target, relation, this.withActorDomains(domains, [source, target]), this.yearFor(years, a, b, clause, sentence));
    }
    for (const [country, org] of memberships) this.add(sentence, country, org, 'membership', this.withActorDomains(domains, [org]), this.yearFor(years, null, null, clause, sentence));
  }

  private add(sentence: Sentence, source: string, target: string, relation: RelationType, domains: Domain[], year: number | null): void {
    this.emit({ source, target, relation, domains, year, documentId: this.doc.id, sentence });
  }

  private domainsFor(text: string): Domain[] {
    return domainsIn(text);
  }

  private withActorDomains(domains: readonly Domain[], actors: readonly string[]): Domain[] {
    const all = new Set<Domain>(domains);
    for (const id of actors) for (const d of this.recogniser.registry.get(id)?.domains ?? []) all.add(d);
    return all.size ? [...all] : ['diplomacy'];
  }

  private yearFor(years: readonly YearMention[], a: Item | null, b: Item | null, clause: { start: number; end: number }, sentence: Sentence): number | null {
    const inClause = years.filter((y) => y.start >= clause.start && y.end <= clause.end);
    const candidates = inClause.length ? inClause : years;
    if (candidates.length === 1) return candidates[0]!.year;
    if (candidates.length > 1) {
      const anchor = b ? (a ? (a.start + b.end) / 2 : b.start) : clause.start;
      return [...candidates].sort((x, y) => Math.abs((x.start + x.end) / 2 - anchor) - Math.abs((y.start + y.end) / 2 - anchor))[0]!.year;
    }
    if (this.paragraphYear && this.paragraphYear.paragraph === sentence.paragraph) return this.paragraphYear.year;
    return this.doc.date?.year ?? null;
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

  private resolve(count: number | null, toPeople: boolean): string[] | null {
    const pool = toPeople && new Set(this.recentPeople.slice(0, count ?? 2)).size === (count ?? 2) ? this.recentPeople : this.recentCountries;
    if (count === null) return this.focus.length >= 2 ? this.focus : pool.length >= 2 ? pool.slice(0, 2) : null;
    const distinct = [...new Set(pool)].slice(0, count);
    return distinct.length === count ? distinct : null;
  }

  private remember(text: string, mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (!m.actsFor) continue;
      const type = this.recogniser.registry.get(m.actsFor)?.type;
      if (type !== 'country') continue;
      this.recentCountries = [m.actsFor, ...this.recentCountries.filter((c) => c !== m.actsFor)];
      if (m.isPerson) this.recentPeople = [m.actsFor, ...this.recentPeople.filter((c) => c !== m.actsFor)];
    }
    const countries = mentions.filter((m) => m.actsFor && this.recogniser.registry.get(m.actsFor)?.type === 'country');
    for (let i = 0; i + 1 < countries.length; i++) {
      const a = countries[i]!;
      const b = countries[i + 1]!;
      if (a.actsFor !== b.actsFor && COORDINATION.test(text.slice(a.end, b.start))) {
        this.focus = [a.actsFor!, b.actsFor!];
        break;
      }
    }
  }

  private yearsIn(sentence: Sentence): YearMention[] {
    if (this.sentenceYears?.sentence !== sentence) this.sentenceYears = { sentence, years: findYears(sentence.text, this.doc.date) };
    return this.sentenceYears.years;
  }

  /** Called at each sentence: the date a paragraph has reached carries to its following sentences. */
  noteYears(sentence: Sentence): void {
    if (!/\d|\b(?:this|last|next)\s+(?:year|month|week)\b/i.test(sentence.text)) return;
    const years = this.yearsIn(sentence);
    if (years.length) this.paragraphYear = { paragraph: sentence.paragraph, year: years[years.length - 1]!.year };
  }
}

/** Splits a sentence at semicolons that separate clauses with their own actors and dates. */
function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) {
    if (text.slice(start, i).split(/\s+/u).length >= 4) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/** "EU-UK relations … leaders from both sides": a reference to a pair the same sentence has just coordinated. */
function coordinatedBefore(text: string, items: readonly Item[], before: number, count: number | null): string[] | null {
  const earlier = items.filter((i) => i.end <= before);
  for (let i = earlier.length - 1; i > 0; i--) {
    const a = earlier[i - 1]!;
    const b = earlier[i]!;
    const actors = [...new Set([...a.actors, ...b.actors])];
    if (actors.length === (count ?? 2) && COORDINATION.test(text.slice(a.end, b.start))) return actors;
  }
  return null;
}

function groupItems(text: string, items: readonly Item[], cues: readonly Cue[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const before = text.slice(Math.max(0, item.start - 30), item.start);
    const last = groups[groups.length - 1];
    const previous = last?.items[last.items.length - 1];
    const cueBetween = previous ? cues.some((c) => c.start >= previous.end && c.end <= item.start) : false;
    if (last && previous && !cueBetween && COORDINATION.test(text.slice(previous.end, item.start))) {
      last.items.push(item);
      continue;
    }
    const coAgent = CO_AGENT_BEFORE.test(before) || (WITH_BEFORE.test(before) && cues.some((c) => c.end <= item.start && item.start - c.end <= 12 && (c.relation === 'cooperation' || c.relation === 'agreement' || c.relation === 'meeting')));
    groups.push({ items: [{ ...item, coAgent }], between: BETWEEN_BEFORE.test(before) });
  }
  return groups;
}

/** The group just before the first cue that has one before it. */
function subjectGroup(groups: Group[], cues: readonly Cue[]): Group | null {
  if (!groups.length) return null;
  let subject: Group | null = null;
  for (const cue of cues) {
    const before = groups.filter((g) => g.items[g.items.length - 1]!.end <= cue.start);
    if (before.length) {
      subject = before[before.length - 1]!;
      break;
    }
  }
  return subject ?? groups[0]!;
}

/** Co-agents ("along with Japan", "collaboration with Japan") act with the subject. */
function joinCoAgents(subject: Group, groups: readonly Group[]): void {
  for (const group of groups) {
    if (group === subject) continue;
    for (let i = group.items.length - 1; i >= 0; i--) {
      if (group.items[i]!.coAgent) subject.items.push(...group.items.splice(i, 1));
    }
  }
}

/** The cue that types a pair: the nearest to the later actor, between the two or just around them. */
function relationBetween(a: Item, b: Item, cues: readonly Cue[]): RelationType {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const distance = (c: Cue) => (c.start >= first.end && c.end <= second.start ? second.start - c.end : c.end <= first.start ? first.start - c.end + (second.start - first.end) : c.start >= second.end ? c.start - second.end + 10 : 1000);
  const ranked = [...cues].sort((x, y) => distance(x) - distance(y) || RELATION_PRIORITY.indexOf(x.relation) - RELATION_PRIORITY.indexOf(y.relation));
  return ranked[0]!.relation;
}
