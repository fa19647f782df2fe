/**
 * Acronyms a document defines itself: "Global Combat Air Programme (GCAP)". When the long form or the acronym is
 * already known, the other becomes an alias; otherwise a new organisation or programme is made when the long
 * form's head noun says it is one ("…Programme", "…Agency", "…Force"). Agreements ("Memorandum of
 * Understanding (MoU)") and other things are not actors.
 */
import type { NodeType } from '../../model/vocabulary';

export interface AcronymDefinition {
  readonly longForm: string;
  readonly acronym: string;
  readonly type: Extract<NodeType, 'organisation' | 'programme'> | null;
}

const DEFINITION = /(?<long>\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|per|&|\p{Lu}[\p{L}'’-]*)){1,9})\s+\((?<acronym>\p{Lu}[\p{L}\d&²]{1,9})\)/gu;

const PROGRAMME_HEADS = /^(?:programme|program|initiative|mission|operation|facility|fund|project|system|plan|scheme|exercise|instrument|mechanism|partnership|task force|force|approach|lanes)$/iu;
const ORGANISATION_HEADS = /^(?:organisation|organization|agency|union|alliance|council|community|group|institute|bank|corporation|coalition|command|court|commission|committee|service|association|league|movement|front|army|navy|office|authority|assembly|forum|secretariat|parliament|party|conference)$/iu;

// Unicode-property patterns are kept out of functions: bundled, each literal becomes a `new RegExp` per call.
const STARTS_CAPITALISED = /^\p{Lu}/u;

const initials = (longForm: string): string =>
  longForm
    .split(/[\s-]+/u)
    .filter((w) => STARTS_CAPITALISED.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();

/** Whether an acronym plausibly abbreviates a long form: its capitals appear in order among the words' initials. */
function abbreviates(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const first = initials(longForm);
  let i = 0;
  for (const ch of first) if (ch === letters[i]) i++;
  return i === letters.length && letters.length >= 2 && letters[0] === first[0];
}

/** A parenthesised acronym: the cheap pattern that finds where the expensive one may match. */
const PARENTHESISED = /\(([A-Z][A-Za-z\d&²]{1,9})\)/g;

export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  PARENTHESISED.lastIndex = 0;
  for (let p = PARENTHESISED.exec(text); p; p = PARENTHESISED.exec(text)) {
    const window = text.slice(Math.max(0, p.index - 160), p.index + p[0].length);
    DEFINITION.lastIndex = 0;
    let m: RegExpExecArray | null = null;
    for (let next = DEFINITION.exec(window); next; next = DEFINITION.exec(window)) m = next;
    if (!m || m.index + m[0].length !== window.length) continue;
    const acronym = m.groups!.acronym!;
    // Trim leading words the acronym does not cover: "confirmed its participation in Global Combat Air Programme".
    const words = m.groups!.long!.split(/\s+/u);
    let longForm: string | null = null;
    for (let i = 0; i < words.length - 1; i++) {
      const candidate = words.slice(i).join(' ');
      if (STARTS_CAPITALISED.test(candidate) && abbreviates(acronym, candidate) && initials(candidate).length <= acronym.replace(/[^\p{Lu}]/gu, '').length + 1) {
        longForm = candidate;
        break;
      }
    }
    if (!longForm) continue;
    const head = longForm.split(/\s+/u).slice(-1)[0]!;
    const headTwo = longForm.split(/\s+/u).slice(-2).join(' ');
    const type = PROGRAMME_HEADS.test(head) || PROGRAMME_HEADS.test(headTwo) ? 'programme' : ORGANISATION_HEADS.test(head) ? 'organisation' : null;
    out.push({ longForm, acronym, type });
  }
  return out;
}
