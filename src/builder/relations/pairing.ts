/**
 * Who is paired with whom in a clause. Actors are grouped where the text coordinates them ("the UK and Italy",
 * "UK-Italy", "between Rome and London"). The subject is the group just before the first relation cue that has
 * one; it is paired with every other actor, and coordinated groups before the cue are paired among themselves.
 * Actors merely listed after the cue ("the UN, the EU and NATO") are not paired with each other.
 */
import type { RelationType } from '../../model/vocabulary';
import { RELATION_PRIORITY, type Cue } from './cues';
import { sortSmall } from '../util/sortSmall';

/** An actor or a set of actors at a place in the sentence. */
export interface Item {
  readonly start: number;
  readonly end: number;
  readonly actors: readonly string[];
  readonly coAgent: boolean;
}

export interface Group {
  readonly items: Item[];
  readonly between: boolean;
  /** The agents of a passive ("signed by the UK, Italy and Japan"): they acted together, as co-subjects do. */
  readonly byAgents?: boolean;
  /** A list of members ("a consortium of the UK, Germany, Italy and Spain"): together in something, not partners of each other. */
  readonly members?: boolean;
}

export const COORDINATION = /^\s*(?:,\s*)?(?:and|&|or|,|-|–|\/|as well as)?\s*(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;
export const CO_AGENT_BEFORE = /\b(?:along with|together with|alongside|jointly with|in partnership with|as well as)\s+(?:the\s+)?$/i;
export const MANY_PARTIES = /\b(?:trilateral|multilateral|quadrilateral|together|jointly|joint)\b/i;
export const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
export const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
/** "was signed in December 2023 by", ", set up by": the agents of a passive follow. */
const PASSIVE_BY_BEFORE = /(?:\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?|,\s+)(?!followed\b|joined\b|accompanied\b)(?:[a-z]+(?:ed|en|wn)|set up|made|held|built)\b[^.;:]{0,40}\bby\s+(?:the\s+)?$/i;
/** "a consortium of", "a coalition made up of": what follows is a body's list of members. */
const MEMBERS_BEFORE = /\b(?:(?:consortium|coalition|grouping|club|bloc|trio|quartet)\s+(?:\w+\s+)?of|made up of|consisting of|composed of|comprising|(?:co-)?chaired by|co-led by)\s+(?:the\s+)?$/i;
/** Co-signers are a few; a longer list after "by" names contributors, not partners of each other. */
const MAX_BY_AGENTS = 3;

export interface Pair {
  readonly a: Item;
  readonly b: Item;
  readonly source: string;
  readonly target: string;
  /** Set when one cue ties the two on their own, or JOINT for co-subjects; otherwise the nearest cue types them. */
  readonly relation?: RelationType | typeof JOINT;
}

/** The pairs a clause states: within the subject, within coordinated groups before the first cue or after
 * "between", the subject with every other actor, and two actors that a cue ties together on their own
 * ("Russia's attacks on Ukraine"), in which case the second is not the subject's. */
export function pairsOf(subject: Group, groups: readonly Group[], cues: readonly Cue[], text: string): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (a: Item, b: Item, x: string, y: string, relation?: RelationType | typeof JOINT) => {
    if (x === y) return;
    const key = x < y ? `${x}|${y}` : `${y}|${x}`;
    if (!pairs.has(key)) pairs.set(key, relation ? { a, b, source: x, target: y, relation } : { a, b, source: x, target: y });
  };
  const within = (group: Group) => {
    for (let i = 0; i < group.items.length; i++) {
      const a = group.items[i]!;
      for (let j = i; j < group.items.length; j++) {
        const b = group.items[j]!;
        // Those who act alongside the subject act with it, not necessarily with each other.
        if (i !== j && a.coAgent && b.coAgent) continue;
        for (let x = 0; x < a.actors.length; x++) for (let y = i === j ? x + 1 : 0; y < b.actors.length; y++) add(a, b, a.actors[x]!, b.actors[y]!);
      }
    }
  };
  const firstCueStart = cues[0]?.start ?? text.length;
  const others: Item[] = [];
  for (const g of groups) if (g !== subject) for (const item of g.items) others.push(item);
  const tied = new Set<Item>();
  for (let i = 0; i + 1 < others.length; i++) {
    const a = others[i]!;
    const b = others[i + 1]!;
    const cue = tyingCue(text, a, b, cues);
    if (!cue) continue;
    tied.add(b);
    for (const x of a.actors) for (const y of b.actors) add(a, b, x, y, cue.relation);
  }
  if (!subject.members) within(subject);
  // Co-subjects that act on someone or something else act together: "France and India condemned Russia" (or "the
  // plan") is not tension between them. Only mutual acts (signing, meeting) keep their cue's type.
  // Objects are others than the subjects: in "Beijing and Tokyo remain at odds over Japan's release", Japan is no third party.
  const isSubject = (actor: string): boolean => subject.items.some((i) => i.actors.includes(actor));
  const hasObjects = groups.some((g) => g !== subject && g.items.some((i) => i.actors.some((a) => !isSubject(a)))) || actsOnAThing(subject, cues, text);
  if (hasObjects) for (const [key, pair] of pairs) if (!pair.relation) pairs.set(key, { a: pair.a, b: pair.b, source: pair.source, target: pair.target, relation: JOINT });
  for (const group of groups) {
    if (group === subject) continue;
    // A list of members is not paired within; the subject still relates to each ("Italy joined a coalition of France and Spain").
    if (!group.members && (group.between || (group.byAgents && group.items.length <= MAX_BY_AGENTS) || (group.items.length > 1 && group.items[group.items.length - 1]!.end <= firstCueStart))) within(group);
    for (const item of group.items) {
      if (tied.has(item)) continue;
      for (const s of subject.items) for (const x of s.actors) for (const y of item.actors) add(s, item, x, y);
    }
  }
  return [...pairs.values()];
}

const DIRECTED: ReadonlySet<RelationType> = new Set(['support', 'tension', 'conflict']);
const DIRECT_OBJECT = /^\s+(?:the|a|an|this|that|these|those|its|their|his|her|our)\s/i;

/** "Spain and Greece backed the initiative": co-subjects whose act (support, criticism, attack) is done to a thing. */
function actsOnAThing(subject: Group, cues: readonly Cue[], text: string): boolean {
  const last = subject.items[subject.items.length - 1];
  const cue = last && cues.find((c) => c.start >= last.end);
  return cue !== undefined && DIRECTED.has(cue.relation) && DIRECT_OBJECT.test(text.slice(cue.end, cue.end + 12));
}

/** Marks co-subjects' pairs: their type is decided with the cues (see jointRelation). */
export const JOINT = 'joint' as const;
const TIE_GAP = /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}$/;
/** Words that start a clause or a verb phrase of its own: "Nato allies to support Ukraine" is not NATO's support. */
const NOT_A_TIE = /\b(?:to|and|or|as|that|which|who|will|would|could|has|have|had|is|are|was|were|be|been)\b/i;
const TIE_END = /\s(?:on|against|in|into|to|towards|for|with|of)\s+(?:the\s+)?$/i;
const TYING_RELATIONS: ReadonlySet<RelationType> = new Set(['conflict', 'tension', 'support', 'agreement']);

/** "Russia's brutal aggression against Ukraine", "the US commitment to Ukraine": a cue alone between two actors. */
function tyingCue(text: string, a: Item, b: Item, cues: readonly Cue[]): Cue | null {
  if (b.start - a.end > 50) return null;
  const cue = cues.find((c) => c.start >= a.end && c.end <= b.start && TYING_RELATIONS.has(c.relation));
  if (!cue) return null;
  const gapBeforeCue = text.slice(a.end, cue.start);
  const afterCue = text.slice(cue.end, b.start);
  const rest = afterCue.replace(/^\S*/, '');
  const directObject = /^\s*(?:the\s+)?$/.test(rest);
  return TIE_GAP.test(gapBeforeCue) && !NOT_A_TIE.test(gapBeforeCue) && (directObject || TIE_END.test(` ${rest}`)) && afterCue.split(/\s+/).length <= 4 ? cue : null;
}

/** "EU-UK relations … leaders from both sides": a reference to a pair the same sentence has just coordinated. */
export function coordinatedBefore(text: string, items: readonly Item[], before: number, count: number | null): string[] | null {
  const earlier = items.filter((i) => i.end <= before);
  for (let i = earlier.length - 1; i > 0; i--) {
    const a = earlier[i - 1]!;
    const b = earlier[i]!;
    const actors = [...new Set([...a.actors, ...b.actors])];
    if (actors.length === (count ?? 2) && COORDINATION.test(text.slice(a.end, b.start))) return actors;
  }
  return null;
}

export function groupItems(text: string, items: readonly Item[], cues: readonly Cue[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const before = text.slice(Math.max(0, item.start - 30), item.start);
    const last = groups[groups.length - 1];
    const previous = last?.items[last.items.length - 1];
    const cueBetween = previous ? cues.some((c) => c.start >= previous.end && c.end <= item.start) : false;
    if (last && previous && !cueBetween && COORDINATION.test(text.slice(previous.end, item.start))) {
      // "alongside Hungary, Slovakia and Malta": the whole list acts with the subject.
      last.items.push(last.items[0]!.coAgent && !item.coAgent ? { ...item, coAgent: true } : item);
      continue;
    }
    // "along with Japan", and "trilateral collaboration with Japan": Japan acts with the subject; in plain
    // "ties with Manila" Manila is the partner, not a co-agent.
    const coAgent = CO_AGENT_BEFORE.test(before) || (WITH_BEFORE.test(before) && MANY_PARTIES.test(text.slice(Math.max(0, item.start - 45), item.start)));
    const byAgents = before.endsWith('by ') || before.endsWith('by the ') ? PASSIVE_BY_BEFORE.test(text.slice(Math.max(0, item.start - 80), item.start)) : false;
    const members = (before.includes('of ') || before.includes('comprising') || before.includes('by ')) && MEMBERS_BEFORE.test(before);
    groups.push({ items: [{ start: item.start, end: item.end, actors: item.actors, coAgent }], between: BETWEEN_BEFORE.test(before), ...(byAgents ? { byAgents } : {}), ...(members ? { members } : {}) });
  }
  return groups;
}

const SENTENCE_OPENING = /^\s*(?:(?:the|a|an|both|but|and|yet|however|meanwhile|moreover|indeed|thus|so|then|now|today|also)\b[\s,]*)*$/i;

/**
 * The subject: a group that opens the clause ("Giorgia Meloni has ruled out…"), else the group just before the first
 * cue that has one before it ("In meetings with X, Fallon said Britain was a key ally of Italy").
 */
export function subjectGroup(groups: Group[], cues: readonly Cue[], text: string, clauseStart: number): Group | null {
  if (!groups.length) return null;
  const first = groups[0]!;
  if (first.items.length && first.items[0]!.start >= clauseStart && SENTENCE_OPENING.test(text.slice(clauseStart, first.items[0]!.start))) return first;
  let subject: Group | null = null;
  for (const cue of cues) {
    const before = groups.filter((g) => g.items[g.items.length - 1]!.end <= cue.start);
    if (before.length) {
      subject = before[before.length - 1]!;
      break;
    }
  }
  if (subject) return subject;
  // No group before any cue: the first one is the subject, unless a preposition makes it an object ("€156 million
  // allocated to Bulgaria, Hungary and Poland"), which has no subject to pair it with.
  return OBJECT_BEFORE.test(text.slice(Math.max(clauseStart, first.items[0]!.start - 30), first.items[0]!.start)) ? null : first;
}

const OBJECT_BEFORE = /\b(?:to|from|for|such as|including|like|in|on|against|towards|toward|among|into)\s+(?:the\s+)?$/i;

/** Co-agents ("along with Japan", "collaboration with Japan") act with the subject. */
export function joinCoAgents(subject: Group, groups: readonly Group[]): void {
  for (const group of groups) {
    if (group === subject) continue;
    for (let i = group.items.length - 1; i >= 0; i--) {
      if (group.items[i]!.coAgent) subject.items.push(...group.items.splice(i, 1));
    }
  }
}

/** The cue that types a pair: the nearest to the later actor, between the two or just around them. */
export function relationBetween(a: Item, b: Item, cues: readonly Cue[]): RelationType {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  // A cue between the two actors types them before any cue around them.
  const distance = (c: Cue) => (c.start >= first.end && c.end <= second.start ? second.start - c.end : c.end <= first.start ? first.start - c.end + (second.start - first.end) + 40 : c.start >= second.end ? c.start - second.end + 40 : 1000);
  const ranked = sortSmall([...cues], (x, y) => distance(x) - distance(y) || RELATION_PRIORITY.indexOf(x.relation) - RELATION_PRIORITY.indexOf(y.relation));
  return ranked[0]!.relation;
}

/** Co-subjects' relation: a mutual act (an agreement, a meeting) keeps its type; anything else they do together is cooperation. */
export function jointRelation(a: Item, b: Item, cues: readonly Cue[]): RelationType {
  const nearest = relationBetween(a, b, cues);
  return nearest === 'agreement' || nearest === 'meeting' ? nearest : 'cooperation';
}
