/**
 * Relative clauses that name actors of their own: "Finland and Sweden are members of the European Union, which
 * Türkiye has been a candidate to join" relates Türkiye to the EU (what the clause describes), not to Finland and
 * Sweden. The reader reads each such clause apart, from the actors it describes to its end.
 */
import type { Mention } from '../actors/recognise';
import { COORDINATION } from './pairing';

export interface Aside {
  readonly start: number;
  readonly end: number;
  /** Where the actors it describes start ("Estonia, Latvia and Lithuania, which …"). */
  readonly antecedent: number;
}

/** ", which", ", who", and with a preposition: ", at which", ", during which", ", with which" (not an agreement's ", under which", which often names its own parties). */
const RELATIVE_START = /,\s+(?:(?:at|in|during|with)\s+)?(?:which|who|whom|whose)\b/g;
/** Between an actor and its relative clause: nothing, or a few words of its noun phrase ("Italy's navy"). */
const ANTECEDENT_GAP = /^(?:\)|\s*\([^()]{1,16}\))?(?:['’]s?)?(?:\s+[\w-]+){0,3}$/;
/** A list goes on after the comma: "…, The Hague and Tokyo agreed". */
const LIST_GOES_ON = /^,\s+(?:the\s+)?$/i;

/**
 * The relative clauses of a clause that describe actors named right before them and name actors of their own. Each
 * runs to the next comma or semicolon that does not continue a list of actors.
 */
export function actorAsides(text: string, clause: { start: number; end: number }, mentions: readonly Mention[]): Aside[] {
  if (!text.includes(', wh') && !text.includes(' which') && !text.includes(' whom')) return [];
  const asides: Aside[] = [];
  const actors = mentions.filter((m) => m.actsFor !== null && m.start >= clause.start && m.end <= clause.end);
  RELATIVE_START.lastIndex = clause.start;
  for (let m = RELATIVE_START.exec(text); m && m.index < clause.end; m = RELATIVE_START.exec(text)) {
    const start = m.index;
    const end = asideEnd(text, start + m[0].length, clause.end, actors);
    const antecedent = antecedentStart(text, start, actors);
    if (antecedent === null || !actors.some((x) => x.start >= start && x.end <= end)) continue;
    asides.push({ start, end, antecedent });
    RELATIVE_START.lastIndex = end;
  }
  return asides;
}

function asideEnd(text: string, from: number, limit: number, actors: readonly Mention[]): number {
  for (let at = from; at < limit; at++) {
    const ch = text[at];
    if (ch === ';') return at;
    if (ch !== ',') continue;
    const next = actors.find((x) => x.start > at && x.start - at <= 6);
    if (!next || !LIST_GOES_ON.test(text.slice(at, next.start))) return at + 1;
  }
  return limit;
}

/** Where the actors the aside describes start: the actor right before it and those coordinated with it; null if none. */
function antecedentStart(text: string, asideStart: number, actors: readonly Mention[]): number | null {
  const before = actors.filter((x) => x.end <= asideStart);
  let i = before.length - 1;
  if (i < 0 || !ANTECEDENT_GAP.test(text.slice(before[i]!.end, asideStart))) return null;
  while (i > 0 && COORDINATION.test(text.slice(before[i - 1]!.end, before[i]!.start))) i--;
  return before[i]!.start;
}

export function insideAside(asides: readonly Aside[], position: number): boolean {
  for (const aside of asides) if (position >= aside.start && position < aside.end) return true;
  return false;
}
