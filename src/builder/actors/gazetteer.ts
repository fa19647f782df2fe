/**
 * A gazetteer: surface forms indexed by their first word. Matching walks the text's words once and, where a word
 * starts some form, tries those forms longest first; a form matches only on word boundaries ("Japan" is not found
 * inside "Japanese"). A single regex alternation of 2,000 names with Unicode boundaries ran at 8 M chars/s here;
 * this runs at several times that, and grows with the text, not with the number of names.
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

/** Letters and digits of the Latin, Greek and Cyrillic scripts; written without the slow `u` flag. */
const WORD_CHAR = '0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const WORD = new RegExp(`[${WORD_CHAR}]+`, 'g');
const IS_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`);
const UPPER_OR_DIGIT = '0-9A-Z\\u00C0-\\u00DE\\u0391-\\u03AB\\u0400-\\u042F';
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Gazetteer {
  private readonly byFirstWord = new Map<string, SurfaceForm[]>();
  /** Word starts worth a look: capitalised words and digits, plus the few forms that start in lower case. */
  private readonly candidateWord: RegExp;
  readonly size: number;

  /** Later forms with the same text replace earlier ones, so a lexicon can override the dataset. */
  constructor(forms: readonly SurfaceForm[]) {
    const byText = new Map(forms.map((f) => [f.text, f]));
    this.size = byText.size;
    for (const form of byText.values()) {
      WORD.lastIndex = 0;
      const first = WORD.exec(form.text);
      if (!first || first.index !== 0) continue;
      const list = this.byFirstWord.get(first[0]) ?? [];
      list.push(form);
      this.byFirstWord.set(first[0], list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
    const lowerFirst = [...this.byFirstWord.keys()].filter((w) => !new RegExp(`^[${UPPER_OR_DIGIT}]`).test(w));
    const alternatives = [`[${UPPER_OR_DIGIT}][${WORD_CHAR}]*`, ...lowerFirst.map(escapeRegExp)];
    this.candidateWord = new RegExp(`(?<![${WORD_CHAR}])(?:${alternatives.join('|')})(?![${WORD_CHAR}])`, 'g');
  }

  find(text: string): Match[] {
    const matches: Match[] = [];
    const word = this.candidateWord;
    word.lastIndex = 0;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      const candidates = this.byFirstWord.get(m[0]);
      if (!candidates) continue;
      const start = m.index;
      for (const form of candidates) {
        const end = start + form.text.length;
        if (!text.startsWith(form.text, start) || (end < text.length && IS_WORD_CHAR.test(text[end]!) && IS_WORD_CHAR.test(form.text[form.text.length - 1]!))) continue;
        if (form.ambiguous && nextToCapitalisedWord(text, start, end)) continue;
        matches.push({ form, start, end });
        word.lastIndex = end;
        break;
      }
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
