import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/builder/documents/htmlToText';

describe('htmlToText', () => {
  it.each([
    ['paragraphs are separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline elements and source line breaks collapse into spaces', '<p>Italy and  the\n  UK <b>signed</b> <a href="#">an accord</a>.</p>', 'Italy and the UK signed an accord.'],
    ['headings keep a Markdown prefix', '<h1>Summit in  Rome</h1><h3>Details</h3><p>Text.</p>', '# Summit in Rome\n\n### Details\n\nText.'],
    ['nested blocks give one break, not several', '<div><div><section><p>Deep.</p></section></div></div><div>Next.</div>', 'Deep.\n\nNext.'],
    ['list items and <br> give line breaks', '<ul><li>One</li><li>Two<br>lines</li></ul>', '- One\n- Two\nlines'],
    ['table rows give lines, cells spaces', '<table><tr><th>Year</th><th>Event</th></tr><tr><td>2019</td><td>Declaration</td></tr></table>', 'Year Event\n2019 Declaration'],
    ['named and numeric entities are decoded', '<p>Rome &mdash; x&lt;y &amp; &#x41;&#66; caf&eacute;</p>', 'Rome — x<y & AB café'],
    ['a no-break space survives', '<p>the&nbsp;UK</p>', 'the\u00a0UK'],
    ['scripts are dropped, not run, even with markup inside', '<p>a</p><script>document.write("<p>injected</p>")</script><p>b</p>', 'a\n\nb'],
    ['styles, noscript, template, svg and iframes are dropped', '<style>p{color:red}</style><noscript>Enable JS</noscript><template><p>t</p></template><svg><text>chart</text></svg><iframe src="x">frame</iframe><p>kept</p>', 'kept'],
    ['pre keeps its line breaks', '<pre>line 1\n  line 2</pre>', 'line 1\n  line 2'],
    ['a fragment without html or body', 'Plain words', 'Plain words'],
    ['unclosed tags do not lose text', '<p>One<p>Two<div>Three', 'One\n\nTwo\n\nThree'],
    ['comments are dropped', '<p>a<!-- hidden --> b</p>', 'a b'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('takes <title> from the head as the title and leaves it out of the text', () => {
    const html = '<!doctype html><html><head><title>Italy &amp; the UK</title><meta charset="utf-8"><script>x()</script></head><body><p>Body.</p></body></html>';
    expect(htmlToText(html)).toEqual({ text: 'Body.', title: 'Italy & the UK', published: null });
  });

  it('reads when the page was published from its metadata: a meta property, JSON-LD, or the first <time datetime>', () => {
    expect(htmlToText('<head><meta property="article:published_time" content="2024-10-18T09:12:00+02:00"></head><p>x <time datetime="2020-01-01">then</time></p>').published).toBe('2024-10-18T09:12:00+02:00');
    expect(htmlToText('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-07"}</script><p>x</p>').published).toBe('2023-07-07');
    expect(htmlToText('<p>By A. Writer · <time datetime="2024-11-01">1 November 2024</time></p>').published).toBe('2024-11-01');
    expect(htmlToText('<p>No date here.</p>').published).toBeNull();
  });

  it('ignores the <title> of an svg and an empty title', () => {
    expect(htmlToText('<svg><title>icon</title></svg><p>x</p>').title).toBeNull();
    expect(htmlToText('<title>  </title><p>x</p>').title).toBeNull();
  });
});
