/**
 * A gazetteer: surface forms compiled into one word-bounded regex alternation, longest first. Measured at
 * hundreds of millions of characters a second for a thousand names (PERFORMANCE-NOTES.md), and unlike
 * Aho–Corasick it respects word boundaries ("Japan" is not found inside "Japanese").
 */

export interface SurfaceForm {
  readonly text: string;
  readonly actorId: string;
  readonly kind: 'name' | 'alias' | 'demonym' | 'capital' | 'acronym' | 'person';
  /** A name that is also a common word or given name ("Jordan", "Chad"): not taken next to other capitalised words. */
  readonly ambiguous?: boolean;
}

export interface Match {
  readonly form: SurfaceForm;
  readonly start: number;
  readonly end: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Gazetteer {
  private readonly byText: Map<string, SurfaceForm>;
  private readonly pattern: RegExp | null;

  /** Later forms with the same text replace earlier ones, so a lexicon can override the dataset. */
  constructor(forms: readonly SurfaceForm[]) {
    this.byText = new Map(forms.map((f) => [f.text, f]));
    const texts = [...this.byText.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = texts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${texts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  }

  get size(): number {
    return this.byText.size;
  }

  find(text: string): Match[] {
    if (!this.pattern) return [];
    const matches: Match[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      const form = this.byText.get(m[0])!;
      const start = m.index;
      const end = start + m[0].length;
      if (form.ambiguous && nextToCapitalisedWord(text, start, end)) continue;
      matches.push({ form, start, end });
    }
    return matches;
  }
}

const FUNCTION_WORDS = new Set(['The', 'In', 'And', 'Of', 'With', 'To', 'From', 'For', 'On', 'At', 'By', 'As', 'Both', 'But', 'While', 'After', 'Before', 'Neighbouring', 'Neighboring']);

function nextToCapitalisedWord(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30));
  return (before !== null && !FUNCTION_WORDS.has(before[1]!)) || after !== null;
}
