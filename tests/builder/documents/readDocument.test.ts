import { describe, expect, it } from 'vitest';
import { documentId, readDocument } from '../../../src/builder/documents/readDocument';
import { InputError } from '../../../src/builder/types';

describe('readDocument', () => {
  it('uses the front matter for title, date, source and url, and the body as text', () => {
    const raw = '---\ntitle: UK and Italy sign\ndate: 2023-02-10\nsource: Airforce Technology\nurl: https://example.org/x\n---\nThe UK and Italy signed.\n';
    const { document, warnings } = readDocument('000_abc.txt', raw);
    expect(document).toEqual({
      id: '000_abc',
      fileName: '000_abc.txt',
      title: 'UK and Italy sign',
      date: { year: 2023, month: 2, day: 10, iso: '2023-02-10' },
      source: 'Airforce Technology',
      url: 'https://example.org/x',
      text: 'The UK and Italy signed.\n',
    });
    expect(warnings).toEqual([]);
  });

  it('reads the date from the text when the front matter has none', () => {
    const { document } = readDocument('a.txt', '---\ntitle: T\n---\n date 2023-02-10 The statement was signed.');
    expect(document.date?.iso).toBe('2023-02-10');
  });

  it('dates an HTML page from its publication metadata, before any date in its text', () => {
    const html = '<html><head><meta property="article:published_time" content="2024-10-18T09:12:00+02:00"></head><body><p>ROME, 2 May 2019 — Talks.</p></body></html>';
    expect(readDocument('page.html', html).document.date).toEqual({ year: 2024, month: 10, day: 18, iso: '2024-10-18' });
  });

  it('leaves the date null when neither front matter nor text gives one', () => {
    expect(readDocument('a.txt', 'Italy and the UK talk.').document.date).toBeNull();
  });

  it.each([
    ['an HTML <title>', 'page.html', '<html><head><title>Page title</title></head><body><h1>Heading</h1></body></html>', 'Page title'],
    ['the first heading of an HTML page without a title', 'page.html', '<body><p>short</p><h2>Second level</h2></body>', 'Second level'],
    ['the first Markdown heading near the top', 'a.md', '\n\n# News story: Britain and Italy\n\nIn meetings with his counterpart, the ministers talked at length about many things.', 'News story: Britain and Italy'],
    ['the first short line', 'a.txt', 'This site uses cookies to provide a better experience. Continuing navigation accept the use of cookies by us OK\n\nPolitical Relations\n\nText.', 'Political Relations'],
    ['the file name, not a short sentence', 'b.txt', 'ROME, 22 March 2012 — Italy and France met.', 'b.txt'],
    ['the file name when nothing else serves', 'dir/a.txt', `${'word '.repeat(40)}\n${'other '.repeat(40)}`, 'dir/a.txt'],
  ])('takes the title from %s', (_name, fileName, raw, title) => {
    expect(readDocument(fileName, raw).document.title).toBe(title);
  });

  it.each([
    ['by extension', 'page.html', '<p>One</p><p>Two</p>'],
    ['by extension .htm, in any case', 'PAGE.HTM', '<p>One</p><p>Two</p>'],
    ['by a doctype at the start of a .txt', 'page.txt', '  <!DOCTYPE html><p>One</p><p>Two</p>'],
    ['by an <html> start after front matter', 'page.md', '---\ntitle: T\n---\n<html><body><p>One</p><p>Two</p></body></html>'],
  ])('reduces HTML chosen %s', (_name, fileName, raw) => {
    expect(readDocument(fileName, raw).document.text).toBe('One\n\nTwo');
  });

  it('keeps tags in plain text that is not HTML', () => {
    expect(readDocument('a.md', 'Use <b>bold</b> here.').document.text).toBe('Use <b>bold</b> here.');
  });

  it('normalises CRLF line ends in the text', () => {
    expect(readDocument('a.txt', 'One.\r\nTwo.\r\n').document.text).toBe('One.\nTwo.\n');
  });

  it('warns about ignored front matter keys and an empty document', () => {
    const { warnings } = readDocument('a.md', '---\ntitle: T\nauthor: X\n---\n  \n');
    expect(warnings).toEqual([
      { file: 'a.md', message: 'front matter keys ignored: author' },
      { file: 'a.md', message: 'the document has no text' },
    ]);
  });

  it('throws an InputError naming the file for malformed front matter', () => {
    expect(() => readDocument('x/a.md', '---\ndate: 2023-02-30\n---\n')).toThrow(InputError);
    expect(() => readDocument('x/a.md', '---\ndate: 2023-02-30\n---\n')).toThrow(/^x\/a\.md: malformed front matter/);
  });

  it.each([
    ['a.md', 'a'],
    ['news/2023/rome.summit.html', 'news/2023/rome.summit'],
    ['README', 'README'],
    ['.hidden', '.hidden'],
  ])('derives the id of %s as %s', (fileName, id) => {
    expect(documentId(fileName)).toBe(id);
  });
});
