import { describe, expect, it } from 'vitest';
import { highlightSegments, isSafeLink } from '../../src/model/evidenceText';

const marked = (sentence: string, names: string[]) => highlightSegments(sentence, names).filter((s) => s.mark).map((s) => s.text);

describe('highlightSegments', () => {
  it('marks both actors and keeps the whole sentence', () => {
    const segments = highlightSegments('France and Germany agreed.', ['France', 'Germany']);
    expect(segments.map((s) => s.text).join('')).toBe('France and Germany agreed.');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['France', 'Germany']);
  });
  it('matches whole words only, case-insensitively, longest name first', () => {
    expect(marked('The European Union and the EU; not Europeans.', ['EU', 'European Union'])).toEqual(['European Union', 'EU']);
    expect(marked('Japanese firms and Japan', ['Japan'])).toEqual(['Japan']);
    expect(marked('russia attacked', ['Russia'])).toEqual(['russia']);
  });
  it('treats markup in a sentence as text', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)> France', ['France']);
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
  });
  it('escapes regex characters in names', () => {
    expect(marked('A (B) met C', ['(B)'])).toEqual(['(B)']);
  });
  it('returns the sentence unmarked when no name is given', () => {
    expect(highlightSegments('Nothing here', [])).toEqual([{ text: 'Nothing here', mark: false }]);
  });
});

describe('isSafeLink', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });
});
