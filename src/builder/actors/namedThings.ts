/**
 * Programmes, exercises and bodies a document introduces by an appositive: "East Shield, a 10 billion zloty
 * programme to fortify Poland's borders", "FREEDOM EDGE, the first multi-domain trilateral exercise", "Edgewing,
 * the joint venture that will build the aircraft". The head noun of the appositive says what the name is.
 */
import type { NodeType } from '../../model/vocabulary';

export interface NamedThing {
  readonly name: string;
  readonly type: Extract<NodeType, 'organisation' | 'programme'>;
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\d'’-]+|\p{Lu}{2,}[\d-]*)`;
// Not "initiative": authors call events and conferences that too ("COP26, a major environmental-diplomacy initiative").
const PROGRAMME_HEAD = 'programme|program|exercise|drills|mission|operation|project|scheme|fund|facility|plan';
const ORGANISATION_HEAD = 'joint venture|consortium|company|agency|centre|center|alliance|organisation|organization|body|coalition';
/** The head ends its noun phrase ("a programme to fortify", "the agency, which"), unlike "an agency official". */
const PHRASE_END = String.raw`(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|to|for|in|on|at|with|by|from|among|between|against|led|run|set|based|launched|designed|involving|of)\b)`;
/** Where an appositive may start: the cheap pattern that finds the places the two below are tried at. */
const APPOSITIVE_START = /, (?:a|an|the) /g;
/** The name just before ", a …": up to four capitalised words. */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\d'’-])(?<name>${NAME_WORD}(?:\s+${NAME_WORD}){0,3})$`, 'u');
/** The head after ", a": up to six words (not "of") describing it, then the head, ending its noun phrase. */
const HEAD_AFTER = new RegExp(String.raw`^(?:(?!of\b|and\b|with\b)[\p{L}\d'’$€£.-]+\s+){0,6}?(?<head>${PROGRAMME_HEAD}|${ORGANISATION_HEAD})${PHRASE_END}`, 'u');
const IS_ORGANISATION_HEAD = new RegExp(`^(?:${ORGANISATION_HEAD})$`);
/** Capitalised words that open a sentence or a phrase, not a name. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|For|But|And|This|That|These|Those|It|Its|Their|His|Her|Our|We|They|He|She|Meanwhile|However|Today|Yesterday)\b/;

/**
 * A capitalised name whose last word says it is a programme: "the Ukraine Facility", "the European Sky Shield
 * Initiative", "the Solidarity Lanes", "a €50 billion Ukraine Facility". Only with "the" before it (or "a" and an
 * amount), as such names are written in prose.
 */
const HEADED_NAME = new RegExp(
  String.raw`\b(?:[Tt]he|an?(?=\s+[€$£]))\s+(?:[€$£][\d.,]+\s+(?:billion|million|bn|m)\s+)?(?<name>(?:\p{Lu}[\p{L}-]+\s+(?:(?:and|of|for|on)\s+)?){1,4}(?:Facility|Initiative|Programme|Program|Instrument|Mechanism|Approach|Lanes))\b`,
  'gu',
);

/** The head words HEADED_NAME ends on: a text without them is not searched (its pattern is tried at every "the" and "a"). */
const HEAD_WORD = /(?:Facility|Initiative|Programme|Program|Instrument|Mechanism|Approach|Lanes)\b/;

/**
 * "## Eurodrone" over a section that speaks of "the programme": a heading that is only a name (one to three
 * capitalised words, not a section's usual title) names the programme its section is about.
 */
const NAME_HEADING = new RegExp(String.raw`^#{1,6}[ \t]+(?<name>${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})[ \t]*$`, 'gmu');
const SECTION_ABOUT_A_PROGRAMME = /\b[Tt]he (?:programme|program|project)\b(?! of\b)/;
const GENERIC_HEADING = /^(?:Background|Context|Overview|Summary|Introduction|Conclusions?|Analysis|Timeline|History|Outlook|Notes|References|Sources|Key Points|Key Dates|What Next|Next Steps|The Programme|The Project|Recommendations|Costs?|Funding|Industry|Partners|Members)$/i;

function programmesNamedByHeadings(text: string, found: NamedThing[]): void {
  if (!text.includes('#')) return;
  NAME_HEADING.lastIndex = 0;
  for (let m = NAME_HEADING.exec(text); m; m = NAME_HEADING.exec(text)) {
    const name = m.groups!.name!;
    if (GENERIC_HEADING.test(name) || NOT_A_NAME.test(name)) continue;
    const bodyStart = m.index + m[0].length;
    const next = text.indexOf('\n#', bodyStart);
    if (SECTION_ABOUT_A_PROGRAMME.test(text.slice(bodyStart, next === -1 ? undefined : next))) found.push({ name, type: 'programme' });
  }
}

/** The things a text names by a section's heading, by a programme's head word or by appositive. */
export function findNamedThings(text: string): NamedThing[] {
  const found: NamedThing[] = [];
  programmesNamedByHeadings(text, found);
  HEADED_NAME.lastIndex = 0;
  for (let m = HEAD_WORD.test(text) ? HEADED_NAME.exec(text) : null; m; m = HEADED_NAME.exec(text)) found.push({ name: m.groups!.name!, type: 'programme' });
  if (!text.includes(', ')) return found;
  APPOSITIVE_START.lastIndex = 0;
  for (let m = APPOSITIVE_START.exec(text); m; m = APPOSITIVE_START.exec(text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.groups!.name;
    if (!name || NOT_A_NAME.test(name)) continue;
    const head = HEAD_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 120))?.groups!.head;
    if (head) found.push({ name, type: IS_ORGANISATION_HEAD.test(head.toLowerCase()) ? 'organisation' : 'programme' });
  }
  return found;
}
