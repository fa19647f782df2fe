/**
 * One corpus file's text in, a `CorpusDocument` out: front matter split off, HTML reduced to text, a title and a
 * date found. Pure: the caller reads the file (the CLI from disk, the browser from a file picker).
 */
import type { BuildWarning, CorpusDocument } from '../types';
import { findDocumentDate, isoDate } from './documentDate';
import { isSiteBoilerplate } from '../text/noise';
import { splitFrontMatter } from './frontMatter';
import { htmlToText } from './htmlToText';

export interface ReadResult {
  readonly document: CorpusDocument;
  readonly warnings: BuildWarning[];
}

const HTML_EXTENSION = /\.html?$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+(\S.*)$/;
const MAX_TITLE_LENGTH = 120;
/** A line this short can serve as a title; a longer one is a sentence (or a cookie banner). */
const MAX_SHORT_LINE = 80;
/** How many lines from the top may hold a Markdown heading that serves as a title. */
const TITLE_SEARCH_LINES = 10;

/** "news/2023/rome-summit.md" → "news/2023/rome-summit". */
export const documentId = (fileName: string): string => fileName.replace(/\.[^./]+$/, '') || fileName;

export const isHtml = (fileName: string, body: string): boolean => HTML_EXTENSION.test(fileName) || HTML_START.test(body);

/**
 * @param fileName the path relative to the corpus folder, with `/` separators; it names the document in messages.
 * @throws InputError when the front matter is malformed; nothing else for any text.
 */
export function readDocument(fileName: string, raw: string): ReadResult {
  const { frontMatter, unknownKeys, body } = splitFrontMatter(fileName, raw);
  const html = isHtml(fileName, body) ? htmlToText(body) : null;
  const text = (html?.text ?? body).replace(/\r\n?/g, '\n');
  const warnings: BuildWarning[] = [];
  if (unknownKeys.length > 0) warnings.push({ file: fileName, message: `front matter keys ignored: ${unknownKeys.join(', ')}` });
  if (text.trim() === '') warnings.push({ file: fileName, message: 'the document has no text' });

  const document: CorpusDocument = {
    id: documentId(fileName),
    fileName,
    title: frontMatter.title?.trim() || html?.title || titleFromText(text) || fileName,
    date: frontMatter.date ?? isoDate(html?.published) ?? findDocumentDate(text),
    ...(frontMatter.source ? { source: frontMatter.source } : {}),
    ...(frontMatter.url ? { url: frontMatter.url } : {}),
    text,
  };
  return { document, warnings };
}

/** The first Markdown heading near the top, else a short line before the first paragraph. */
function titleFromText(text: string): string | null {
  const lines = text.split('\n', TITLE_SEARCH_LINES).map((line) => line.trim());
  const heading = lines.map((line) => MARKDOWN_HEADING.exec(line)?.[1]?.trim()).find(Boolean);
  if (heading) return clip(heading);
  // A short line before the first real paragraph (a cookie banner is not one) is a headline; after it, a short
  // line is more likely a list or a section of the page.
  for (const line of lines) {
    if (line === '' || isSiteBoilerplate(line)) continue;
    if (isTitleLike(line)) return line;
    if (line.length > MAX_SHORT_LINE) return null;
  }
  return null;
}

/** Short, with a letter, and not a sentence (titles do not end with a full stop). */
const isTitleLike = (line: string): boolean => line.length >= 3 && line.length <= MAX_SHORT_LINE && /\p{L}/u.test(line) && !line.endsWith('.');

const clip = (title: string): string => (title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`);
