/**
 * A gazetteer: surface forms compiled into one regex, factored as a trie ("Iran|Iraq|Ireland" becomes
 * "I(?:r(?:a(?:n|q)|eland))"), word-bounded on both sides, longest match first. Without the `u` flag (slow on large
 * alternations) it ran at ~100 M chars/s on 2,000 names here, twice a first-word index and 12× a flat Unicode
 * alternation; unlike Aho–Corasick it respects word boundaries ("Japan" is not found inside "Japanese").
 */
import { sortSmall } from '../util/sortSmall';

export interface SurfaceForm {
  readonly text: string;
  readonly actorId: string;
  readonly kind: 'name' | 'alias' | 'demonym' | 'capital' | 'acronym' | 'person';
  /** A name that is also a common word or given name ("Jordan", "Chad"): not taken next to other capitalised words. */
  readonly ambiguous?: boolean;
}

/** The actor id of lexicon names that contain a country's name but are not actors ("New Mexico"): they only block it. */
export const NOT_AN_ACTOR = '';

export interface Match {
  readonly form: SurfaceForm;
  readonly start: number;
  readonly end: number;
}

/** Letters and digits of the Latin, Greek and Cyrillic scripts. */
const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A character of a form, in a character class and alone; an apostrophe matches the typographic one too (see foldApostrophes). */
const classChar = (ch: string): string => (ch === "'" ? "'’" : escapeChar(ch));
const charSource = (ch: string): string => (ch === "'" ? "['’]" : escapeChar(ch));

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

function trieSource(texts: Iterable<string>): string {
  const root: TrieNode = { end: false, children: new Map() };
  for (const text of texts) {
    let node = root;
    for (const ch of text) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { end: false, children: new Map() }));
      node = next;
    }
    node.end = true;
  }
  // Single characters that end a name are written as a class ("[ns]") and an optional one as "s?": the same
  // matches in a shorter source (see MAX_PATTERN_SOURCE).
  const emit = (node: TrieNode): string => {
    const children = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    if (!children.length) return '';
    const leaves = children.every(([ch, child]) => child.children.size === 0 && ch.length === 1);
    const body =
      leaves && children.length > 1
        ? `[${children.map(([ch]) => classChar(ch)).join('')}]`
        : children.length === 1
          ? charSource(children[0]![0]) + emit(children[0]![1])
          : `(?:${children.map(([ch, child]) => charSource(ch) + emit(child)).join('|')})`;
    if (!node.end) return body;
    return leaves ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}

/** Up to this many forms, each is looked for with indexOf by default. */
const SMALL = 12;

/**
 * How the forms are looked for: one compiled regex (the corpus-wide gazetteer), or indexOf per form (a document's
 * people: compiling and running a fresh regex per document cost ~7% of a 20 MB build in a CPU profile).
 */
export type GazetteerScan = 'regex' | 'indexOf';
const IS_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);

function compile(texts: readonly string[]): RegExp {
  // The first characters up front let the regex engine skip most positions before it tries the lookbehind; a name
  // that starts in lower case ("al-Qaeda", "von der Leyen") gives its first two, or every "a" and "v" would do.
  const startsLower = (t: string): boolean => t[0]! >= 'a' && t[0]! <= 'z';
  const firstChars = [...new Set(texts.filter((t) => !startsLower(t)).map((t) => escapeChar(t[0]!)))].join('');
  const lowerStarts = [...new Set(texts.filter(startsLower).map((t) => [...t.slice(0, 2)].map(charSource).join('')))];
  const starts = [...(firstChars ? [`[${firstChars}]`] : []), ...lowerStarts].join('|');
  return new RegExp(`(?=${starts})(?<![${WORD_CHAR}])${trieSource(texts)}(?![${WORD_CHAR}])`, 'g');
}

/**
 * V8 does not optimise a regex whose source is over 20 KB (`kRegExpTooLargeToOptimize`): the country and lexicon
 * gazetteer crossing it made recognition about five times slower. Up to that size the forms are one pattern (one
 * pass is cheapest); past it (the default lexicon now, or a user's) they are split by first character into patterns
 * under it. No two patterns can match at the same position, so scanning them together (see `find`) finds what one
 * pattern would.
 */
const MAX_PATTERN_SOURCE = 16_000;
/** V8's limit, with a margin: up to it, one pattern (one pass over the text) is cheapest. */
const V8_OPTIMISED_SOURCE = 20_000;

function compileParts(texts: readonly string[]): RegExp[] {
  const whole = compile(texts);
  if (whole.source.length <= V8_OPTIMISED_SOURCE) return [whole];
  const byFirst = new Map<string, string[]>();
  for (const text of texts) {
    const first = text[0]!;
    const list = byFirst.get(first);
    if (list) list.push(text);
    else byFirst.set(first, [text]);
  }
  const capitals = [...byFirst.keys()].filter((ch) => ch >= 'A' && ch <= 'Z').sort();
  const others = [...byFirst.keys()].filter((ch) => !(ch >= 'A' && ch <= 'Z'));
  const parts: string[][] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const first of capitals) {
    // The trie branches on the first character, so a chunk's source is about the sum of its branches'.
    const branch = byFirst.get(first)!;
    const branchSize = trieSource(branch).length;
    if (chunk.length && size + branchSize > MAX_PATTERN_SOURCE) {
      parts.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(...branch);
    size += branchSize;
  }
  if (chunk.length) parts.push(chunk);
  // The few names that do not start with a capital join the smallest part: each pattern is a pass over the text, and
  // their first two letters in its lookahead (see compile) keep them from being tried at every "a".
  const rest = others.flatMap((first) => byFirst.get(first)!);
  if (rest.length && parts.length) parts.reduce((smallest, part) => (part.length < smallest.length ? part : smallest)).push(...rest);
  else if (rest.length) parts.push(rest);
  return parts.map(compile);
}

/**
 * "Côte d’Ivoire" and "Côte d'Ivoire", "Workers’ Party" and "Workers' Party" are one form: forms are kept with
 * straight apostrophes, and an apostrophe in the pattern matches either (the few short texts looked up by indexOf
 * are folded instead: same length, so positions stay the text's).
 */
const foldApostrophes = (text: string): string => (text.includes('’') ? text.replaceAll('’', "'") : text);

export class Gazetteer {
  private readonly byText: Map<string, SurfaceForm>;
  private readonly patterns: RegExp[] | null;
  /** Each pattern's next match, while `find` scans. */
  private readonly pending: (RegExpExecArray | null)[];

  /** Later forms with the same text replace earlier ones, so a lexicon can override the dataset. */
  constructor(forms: readonly SurfaceForm[], scan?: GazetteerScan) {
    this.byText = new Map(forms.map((f) => [foldApostrophes(f.text), f]));
    this.patterns = (scan ?? (this.byText.size > SMALL ? 'regex' : 'indexOf')) === 'regex' ? compileParts([...this.byText.keys()]) : null;
    this.pending = new Array<RegExpExecArray | null>(this.patterns?.length ?? 0).fill(null);
  }

  find(text: string): Match[] {
    const patterns = this.patterns;
    if (!patterns) return this.findEach(foldApostrophes(text));
    const matches: Match[] = [];
    const pending = this.pending;
    for (let i = 0; i < patterns.length; i++) {
      patterns[i]!.lastIndex = 0;
      pending[i] = patterns[i]!.exec(text);
    }
    // Left to right, as one pattern would: the earliest next match, then every pattern on from its end.
    let reach = 0;
    for (;;) {
      let best = -1;
      for (let i = 0; i < patterns.length; i++) {
        let m = pending[i] ?? null;
        if (m && m.index < reach) {
          patterns[i]!.lastIndex = reach;
          pending[i] = m = patterns[i]!.exec(text);
        }
        if (m && (best === -1 || m.index < pending[best]!.index)) best = i;
      }
      if (best === -1) return matches;
      const m = pending[best]!;
      pending[best] = patterns[best]!.exec(text);
      const start = m.index;
      const end = start + m[0].length;
      reach = end;
      const form = this.byText.get(foldApostrophes(m[0]));
      if (!form || (form.ambiguous && nextToCapitalisedWord(text, start, end))) continue;
      matches.push({ form, start, end });
    }
  }

  private findEach(text: string): Match[] {
    const found: Match[] = [];
    for (const form of this.byText.values()) {
      for (let at = text.indexOf(form.text); at !== -1; at = text.indexOf(form.text, at + 1)) {
        const end = at + form.text.length;
        if ((at > 0 && IS_WORD_CHAR.test(text[at - 1]!)) || (end < text.length && IS_WORD_CHAR.test(text[end]!))) continue;
        if (form.ambiguous && nextToCapitalisedWord(text, at, end)) continue;
        found.push({ form, start: at, end });
      }
    }
    // Longest first where matches overlap, as the regex would.
    sortSmall(found, (a, b) => a.start - b.start || b.end - a.end);
    const matches: Match[] = [];
    let reach = -1;
    for (const m of found) {
      if (m.start < reach) continue;
      matches.push(m);
      reach = m.end;
    }
    return matches;
  }
}

const FUNCTION_WORDS = new Set(['The', 'In', 'And', 'Of', 'With', 'To', 'From', 'For', 'On', 'At', 'By', 'As', 'Both', 'But', 'While', 'After', 'Before', 'Neighbouring', 'Neighboring']);

const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
const CAPITALISED_WORD_AFTER = /^\s+(\p{Lu}[\p{L}'’-]*)/u;

function nextToCapitalisedWord(text: string, start: number, end: number): boolean {
  const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const after = CAPITALISED_WORD_AFTER.exec(text.slice(end, end + 30));
  return (before !== null && !FUNCTION_WORDS.has(before[1]!)) || after !== null;
}
