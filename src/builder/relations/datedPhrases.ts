/**
 * Which of a sentence's dates go with which pair: dates inside asides and participle phrases belong to what they
 * describe ("Manila, which has a treaty with Washington signed in 1951, …"; "Finland's membership, completed in April
 * 2023, …"), and "respectively" hands the n-th year to the n-th subject.
 */
import type { Mention } from '../actors/recognise';
import type { Item } from './pairing';
import type { YearMention } from './years';

export const RESPECTIVELY = /\brespectively\b/;

/** "Finland and Sweden joined the alliance in 2023 and 2024 respectively": the n-th year goes with the n-th subject. */
export function respectiveYears(subjects: readonly Item[], years: readonly YearMention[], clauseStart: number, respectively: number): Map<Item, number> | null {
  const before = years.filter((y) => y.start >= clauseStart && y.end <= respectively).slice(-subjects.length);
  if (subjects.length < 2 || before.length !== subjects.length || before[0]!.start < subjects[subjects.length - 1]!.end) return null;
  return new Map(subjects.map((item, i) => [item, before[i]!.year]));
}

/** Relative clauses (", which …,", ", with whom …") and parentheses: asides of a sentence. */
const ASIDE = /,\s+(?:(?:with|in|for|to|by|under|through|from|of)\s+)?(?:which|who|whom|whose|where)\b[^,;]*(?:[,;]|$)|\([^()]*\)/g;

/**
 * Whether the year is inside an aside of the sentence that names none of the pair's actors, unless it names no one
 * and describes one of them ("The two countries, which signed a partnership in 2010, …" dates the two countries).
 * @param ends where the pair's own phrases end.
 */
export function asideExcluding(text: string, year: YearMention, actors: readonly string[], mentions: readonly Mention[], ends: readonly number[] = []): boolean {
  if (!text.includes(',') && !text.includes('(')) return false;
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(text); m; m = ASIDE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (year.start < start || year.end > end) continue;
    const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end && mention.actsFor !== null);
    // Describing one of the pair, and no one else ("Manila, which has a treaty with Washington signed in 1951, …").
    if (ends.includes(start) && !inside.length) return false;
    return !inside.some((mention) => actors.includes(mention.actsFor!));
  }
  return participleOfAnother(text, year, actors, mentions);
}

/** ", completed in April 2023,", ", signed in 2018,": a participle phrase that dates the noun phrase before it. */
const PARTICIPLE_ASIDE = /,\s+(?:[a-z]+(?:ed|en)|begun|held|made|built|set up)\s+(?:in|on)\s+[^,;()]*(?:[,;]|$)/g;
/** "Finland's membership": the actor owns the noun phrase the participle follows (not "between Australia and the US,"). */
const POSSESSED_NOUN_PHRASE = /^['’]s?\s+[\w\s-]+$/;
/** How far before its aside the actor of a dated noun phrase may be ("Finland's membership, completed in …"). */
const NOUN_PHRASE_REACH = 40;

/**
 * "… and Finland's membership, completed in April 2023, has strengthened the Alliance": the date belongs to what
 * comes right before it, so when that is an actor's, it dates only pairs with that actor (a thing no actor owns, "The
 * agreement, signed in 2018, …", dates them all).
 */
function participleOfAnother(text: string, year: YearMention, actors: readonly string[], mentions: readonly Mention[]): boolean {
  PARTICIPLE_ASIDE.lastIndex = 0;
  for (let m = PARTICIPLE_ASIDE.exec(text); m; m = PARTICIPLE_ASIDE.exec(text)) {
    if (year.start < m.index || year.end > m.index + m[0].length) continue;
    const owner = mentions.filter((mention) => mention.end <= m!.index && m!.index - mention.end <= NOUN_PHRASE_REACH && mention.actsFor !== null).at(-1);
    return owner !== undefined && POSSESSED_NOUN_PHRASE.test(text.slice(owner.end, m.index)) && !actors.includes(owner.actsFor!);
  }
  return false;
}
