import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/builder/documents/frontMatter';
import { InputError } from '../../../src/builder/types';

describe('splitFrontMatter', () => {
  it.each([
    ['no front matter', 'Just text.\n', {}, 'Just text.\n'],
    ['all fields', '---\ntitle: A title\ndate: 2023-02-10\nsource: MoD\nurl: https://example.org/a\n---\nBody.\n', { title: 'A title', date: { year: 2023, month: 2, day: 10, iso: '2023-02-10' }, source: 'MoD', url: 'https://example.org/a' }, 'Body.\n'],
    ['a year YAML reads as a number', '---\ndate: 2019\n---\nBody', { date: { year: 2019, iso: '2019' } }, 'Body'],
    ['a year and a month', '---\ndate: "2024-02"\n---\n', { date: { year: 2024, month: 2, iso: '2024-02' } }, ''],
    ['a leap day', '---\ndate: 2024-02-29\n---\nx', { date: { year: 2024, month: 2, day: 29, iso: '2024-02-29' } }, 'x'],
    ['a numeric title', '---\ntitle: 1984\n---\nx', { title: '1984' }, 'x'],
    ['an empty value counts as absent', '---\ntitle:\ndate:\n---\nx', {}, 'x'],
    ['empty front matter', '---\n---\nx', {}, 'x'],
    ['a BOM', '\uFEFF---\ntitle: T\n---\nx', { title: 'T' }, 'x'],
    ['CRLF line ends', '---\r\ntitle: T\r\ndate: 2017-02-09\r\n---\r\nline one\r\nline two', { title: 'T', date: { year: 2017, month: 2, day: 9, iso: '2017-02-09' } }, 'line one\r\nline two'],
    ['closing line at the end of the file', '---\ntitle: T\n---', { title: 'T' }, ''],
    ['a body that starts with blank lines is kept byte for byte', '---\ntitle: T\n---\n\n\n# Heading\n', { title: 'T' }, '\n\n# Heading\n'],
    ['"---" later in the text is not front matter', 'Intro\n---\ntitle: no\n---\n', {}, 'Intro\n---\ntitle: no\n---\n'],
  ])('%s', (_name, raw, frontMatter, body) => {
    const result = splitFrontMatter('doc.md', raw);
    expect(result.frontMatter).toEqual(frontMatter);
    expect(result.body).toBe(body);
  });

  it('keeps unknown keys out and reports them', () => {
    const result = splitFrontMatter('doc.md', '---\ntitle: T\nauthor: Someone\ntags: [a, b]\n---\nx');
    expect(result.frontMatter).toEqual({ title: 'T' });
    expect(result.unknownKeys).toEqual(['author', 'tags']);
  });

  it.each([
    ['no closing line', '---\ntitle: T\nBody without an end', /no closing "---" line/],
    ['invalid YAML', '---\ntitle: "unterminated\n---\nx', /malformed front matter: Missing closing "quote \(line \d+\)/],
    ['nested mapping in a compact value', '---\ntitle: a: b\n---\nx', /malformed front matter: Nested mappings .* \(line 2\)/],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\nx', /malformed front matter: Map keys must be unique \(line 3\)/],
    ['a list, not key: value lines', '---\n- a\n- b\n---\nx', /malformed front matter: expected "key: value" lines/],
    ['a date that is not a calendar date', '---\ntitle: T\ndate: 2023-02-30\n---\nx', /malformed front matter: date "2023-02-30" is not a real calendar date \(line 3\)/],
    ['a month 13', '---\ndate: 2023-13\n---\nx', /date "2023-13" is not a real calendar date \(line 2\)/],
    ['a date in another format', '---\ndate: 10/02/2023\n---\nx', /date "10\/02\/2023" must be written YYYY, YYYY-MM or YYYY-MM-DD \(line 2\)/],
    ['a fractional year', '---\ndate: 2019.5\n---\nx', /date 2019.5 must be written YYYY/],
    ['a title that is a list', '---\ntitle: [a, b]\n---\nx', /title \["a","b"\] must be text \(line 2\)/],
    ['a url that is a mapping', '---\nurl:\n  href: x\n---\nx', /url \{"href":"x"\} must be text \(line 3\)/],
    ['an unresolved alias', '---\ntitle: *nothing\n---\nx', /malformed front matter: .*alias/i],
  ])('rejects %s with an InputError naming the file', (_name, raw, message) => {
    let error: unknown;
    try {
      splitFrontMatter('news/doc.md', raw);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('news/doc.md');
    expect((error as InputError).problem).toMatch(message);
  });
});
