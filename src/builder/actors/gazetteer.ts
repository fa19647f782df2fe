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
  const emit = (node: TrieNode): string => {
    const branches = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => escapeChar(ch) + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
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
  // The first characters up front let the regex engine skip most positions before it tries the lookbehind.
  const firstChars = [...new Set(texts.map((t) => escapeChar(t[0]!)))].join('');
  return new RegExp(`(?=[${firstChars}])(?<![${WORD_CHAR}])${trieSource(texts)}(?![${WORD_CHAR}])`, 'g');
}

export class Gazetteer {
  private readonly byText: Map<string, SurfaceForm>;
  private readonly pattern: RegExp | null;

  /** Later forms with the same text replace earlier ones, so a lexicon can override the dataset. */
  constructor(forms: readonly SurfaceForm[], scan?: GazetteerScan) {
    this.byText = new Map(forms.map((f) => [f.text, f]));
    this.pattern = (scan ?? (this.byText.size > SMALL ? 'regex' : 'indexOf')) === 'regex' ? compile([...this.byText.keys()]) : null;
  }

  find(text: string): Match[] {
    const pattern = this.pattern;
    if (!pattern) return this.findEach(text);
    const matches: Match[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const form = this.byText.get(m[0]);
      if (!form) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (form.ambiguous && nextToCapitalisedWord(text, start, end)) continue;
      matches.push({ form, start, end });
    }
    return matches;
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
