/** Evidence as text: the sentence cut into plain and highlighted parts, and which links are safe to show. */

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `sentence` so every occurrence of one of `names` (whole words, case-insensitive, longest first) is a
 * marked segment. The result is rendered as text, never as HTML.
 * @example highlightSegments('France and Germany agreed', ['France', 'Germany'])
 *   // → [{text:'France',mark:true},{text:' and ',mark:false},{text:'Germany',mark:true},{text:' agreed',mark:false}]
 */
export function highlightSegments(sentence: string, names: readonly string[]): Segment[] {
  const usable = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (!usable.length) return [{ text: sentence, mark: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: sentence.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) segments.push({ text: sentence.slice(last), mark: false });
  return segments;
}

/** Only http(s) links are shown as links: a graph file could carry `javascript:` URLs. */
export function isSafeLink(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
