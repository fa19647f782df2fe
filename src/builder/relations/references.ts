/**
 * References to actors by description: "the two countries", "both sides", "the three countries", "the two Nato
 * countries", "the two officials", "the countries'", "the Ministers". They resolve to the actors most recently in view.
 */

export interface ReferencePhrase {
  readonly start: number;
  readonly end: number;
  /** How many actors it names; null when the phrase gives no number ("the countries'"). */
  readonly count: number | null;
  /** Whether it refers to people ("officials", "ministers"), whose countries then count. */
  readonly toPeople: boolean;
  /** The organisation named inside ("the two Nato countries"), as written. */
  readonly qualifier: string | null;
  /**
   * "the NATO allies", "the EU partners": no number, so no telling whom it means; the organisation in it is only
   * a qualifier, not a party.
   */
  readonly vague: boolean;
}

const ORGANISATION_QUALIFIER = /^(?:NATO|Nato|EU|G7|G20)$/;

const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const PEOPLE_NOUNS = /^(?:officials|ministers|leaders|delegations|counterparts|heads of state|presidents|prime ministers|foreign ministers|defen[cs]e ministers)$/i;

const REFERENCE = /\b(?<det>the|both|both of the|all three|these two|those two)\s+(?:(?<number>two|three|four|five)\s+)?(?:(?<qualifier>NATO|Nato|EU|G7|G20|European|Western|Asian|allied|partner|neighbouring|neighboring)\s+)?(?<noun>countries|nations|governments|states|sides|allies|partners|capitals|leaders|officials|ministers|delegations|counterparts|democracies|powers|heads of state|foreign ministers|defen[cs]e ministers)(?!\s+of\b)(?<possessive>['’])?/gi;

export function findReferences(text: string): ReferencePhrase[] {
  const out: ReferencePhrase[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const g = m.groups!;
    const det = g.det!.toLowerCase();
    const number = g.number ? NUMBERS[g.number.toLowerCase()]! : det === 'both' || det.startsWith('both') || det.endsWith('two') ? 2 : det === 'all three' ? 3 : null;
    const toPeople = PEOPLE_NOUNS.test(g.noun!);
    // "the countries" with neither a number nor a possessive is too vague ("the countries of the region"); "the
    // Ministers" are those who just met (resolved by the reader, or not at all).
    const vague = number === null && !g.possessive && !(toPeople && det === 'the' && !g.qualifier);
    if (vague && !(g.qualifier && ORGANISATION_QUALIFIER.test(g.qualifier))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, count: number, toPeople, qualifier: g.qualifier ?? null, vague });
  }
  return out;
}

/** A reference to an actor by its kind: "the programme", "the initiative", "the alliance", "the bloc". */
export interface KindReference {
  readonly start: number;
  readonly end: number;
  readonly type: 'programme' | 'organisation';
}

const BY_KIND = /\b[Tt]he (?:(programme|program|initiative|project|scheme|facility|mission|operation)|(alliance|Alliance|bloc|organisation|organization|Union))(?![\w-]|\s+(?:of|for|to)\b)/g;

export function findKindReferences(text: string): KindReference[] {
  const out: KindReference[] = [];
  BY_KIND.lastIndex = 0;
  for (let m = BY_KIND.exec(text); m; m = BY_KIND.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: m[1] ? 'programme' : 'organisation' });
  return out;
}
