/**
 * HTML reduced to the text a reader sees, with paragraphs kept apart so sentences survive.
 * htmlparser2 only tokenises: nothing is fetched, rendered or executed.
 */
import { Parser } from 'htmlparser2';

export interface HtmlText {
  readonly text: string;
  /** The first `<title>`, whitespace collapsed; null when there is none or it is empty. */
  readonly title: string | null;
  /**
   * When the page says it was published, as written in its metadata (`2024-10-18T09:12:00+02:00`): a
   * `<meta property="article:published_time">` or the like, else JSON-LD's `datePublished`, else the first
   * `<time datetime>`. Null when it says nothing.
   */
  readonly published: string | null;
}

/** `<meta>` names and properties that hold a page's publication date. */
const PUBLISHED_META = new Set([
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'pubdate',
  'publish-date', 'publish_date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date',
]);
const JSON_LD_PUBLISHED = /"datePublished"\s*:\s*"([^"]{4,40})"/;

/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'select', 'button']);
const PARAGRAPH_BREAK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'figure',
  'figcaption', 'table', 'ul', 'ol', 'dl', 'form', 'fieldset', 'address', 'details', 'summary', 'hr', 'body',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const LINE_BREAK = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption']);
const CELL = new Set(['td', 'th']);
/** HTML collapses these, and only these (a no-break space stays). */
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/** Collects text runs and the breaks between them, emitting each break once, before the next text. */
class TextCollector {
  private readonly parts: string[] = [];
  private pendingBreak = 0;
  private pendingSpace = false;
  private pendingPrefix = '';
  private atLineStart = true;

  requestBreak(newlines: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, newlines);
  }

  requestSpace(): void {
    this.pendingSpace = true;
  }

  /** A marker such as "# " or "- " written before the next text of the block. */
  requestPrefix(prefix: string): void {
    this.pendingPrefix = prefix;
  }

  addCollapsed(raw: string): void {
    const collapsed = raw.replace(HTML_WHITESPACE, ' ');
    // Not String.trim(): that would also strip no-break spaces.
    const word = collapsed.replace(/^ | $/g, '');
    if (collapsed.startsWith(' ')) this.pendingSpace = true;
    if (word) this.emit(word);
    if (word && collapsed.endsWith(' ')) this.pendingSpace = true;
  }

  addPreformatted(raw: string): void {
    if (raw) this.emit(raw.replace(/\r\n?/g, '\n'));
  }

  toString(): string {
    return this.parts.join('');
  }

  private emit(text: string): void {
    if (this.pendingBreak > 0 && this.parts.length > 0) {
      this.parts.push('\n'.repeat(this.pendingBreak));
      this.atLineStart = true;
    } else if (this.pendingSpace && !this.atLineStart) {
      this.parts.push(' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
    if (this.atLineStart && this.pendingPrefix) this.parts.push(this.pendingPrefix);
    this.pendingPrefix = '';
    this.parts.push(text);
    this.atLineStart = text.endsWith('\n');
  }
}

const headingLevel = (name: string): number => (/^h[1-6]$/.test(name) ? Number(name[1]) : 0);

/** Reduces an HTML document (or fragment) to text; headings keep a Markdown `# ` prefix. */
export function htmlToText(html: string): HtmlText {
  const out = new TextCollector();
  let skipDepth = 0;
  let foreignDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let title: string | null = null;
  let titleText = '';
  const published = { meta: null as string | null, jsonLd: null as string | null, time: null as string | null };
  let jsonLdText: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          if (published.meta === null && PUBLISHED_META.has(key) && attributes.content?.trim()) published.meta = attributes.content.trim();
        } else if (name === 'time' && published.time === null && attributes.datetime?.trim()) published.time = attributes.datetime.trim();
        else if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') jsonLdText = '';
        if (name === 'svg' || name === 'math') foreignDepth += 1;
        if (name === 'title' && title === null && foreignDepth === 0) inTitle = true;
        if (SKIPPED.has(name)) skipDepth += 1;
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth += 1;
        if (PARAGRAPH_BREAK.has(name)) out.requestBreak(2);
        else if (LINE_BREAK.has(name)) out.requestBreak(1);
        else if (CELL.has(name) || name === 'img') out.requestSpace();
        const level = headingLevel(name);
        if (level) out.requestPrefix(`${'#'.repeat(level)} `);
        else if (name === 'li') out.requestPrefix('- ');
      },
      ontext(data) {
        if (jsonLdText !== null) jsonLdText += data;
        if (inTitle) titleText += data;
        if (skipDepth > 0 || inTitle) return;
        if (preDepth > 0) out.addPreformatted(data);
        else out.addCollapsed(data);
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          title = titleText.replace(HTML_WHITESPACE, ' ').trim() || null;
        }
        if (name === 'script' && jsonLdText !== null) {
          published.jsonLd ??= JSON_LD_PUBLISHED.exec(jsonLdText)?.[1] ?? null;
          jsonLdText = null;
        }
        if (name === 'svg' || name === 'math') foreignDepth = Math.max(0, foreignDepth - 1);
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (PARAGRAPH_BREAK.has(name)) out.requestBreak(2);
        else if (LINE_BREAK.has(name) && name !== 'br') out.requestBreak(1);
        else if (CELL.has(name)) out.requestSpace();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: out.toString(), title, published: published.meta ?? published.jsonLd ?? published.time };
}
