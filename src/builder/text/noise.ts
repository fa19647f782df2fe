/**
 * Scraped pages carry cookie banners, reader comments, "related articles" lists, lists of other publications,
 * footnotes, reference lists, bylines, contact details and image credits. They produce no nodes and no edges.
 * They are recognised by their shape (what such blocks look like anywhere), never by a particular site's strings.
 */

export type BlockKind = 'prose' | 'heading' | 'noise';

export interface Block {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  readonly reason?: string;
}

/** Each pattern with a cheap test that the text may hold it: most texts hold none, and a skipped regex costs nothing. */
const INLINE_NOISE: readonly (readonly [RegExp, (text: string) => boolean])[] = [
  [/<sup>\s*\d{1,3}\s*<\/sup>/gi, (t) => t.includes('<')], // footnote markers
  [/(?<=\S)(?:\[\^[\w-]{1,12}\]|\[\d{1,3}\])(?![:(])/g, (t) => t.includes('[')], // footnote references: "collided.[^2]", "in 2019.[3]"
  [/<\/?[a-z][a-z0-9]*(?:\s[^<>\n]{0,200})?\/?>/gi, (t) => t.includes('<')], // stray markup
  [/&(?:[a-z]{2,8}|#\d{1,5});/gi, (t) => t.includes('&')], // stray entities
  [/https?:\/\/[^\s)]*|\bwww\.[^\s)]+/gi, (t) => t.includes('http') || t.includes('www.')], // links
  [/^[ \t]*date:?[ \t]+\d{4}-\d{2}-\d{2}\b/gim, (t) => /date/i.test(t)], // a "date 2023-02-10" metadata prefix
  // image credits, to the end of their sentence or parenthesis
  [/\b(?:Credit|Credits|Picture|Photo|Photograph|Image|Source)s?:[ \t]*(?:©|\(c\)|[A-Z])[^\n).]*(?:\.(?=\s|$))?/g, (t) => t.includes(':')],
];
/** A footnote number glued after a full stop: "sectors.1". */
const GLUED_FOOTNOTE = /([a-z\u00DF-\u00FF][.!?]["”’]?)(\d{1,2})(?=\s|$)/g;

/** Replaces inline noise with spaces of the same length, so that positions stay the document's. */
export function maskInlineNoise(text: string): string {
  let masked = text;
  for (const [pattern, mayHold] of INLINE_NOISE) if (mayHold(masked)) masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  return masked.replace(GLUED_FOOTNOTE, (_, before: string, digits: string) => before + ' '.repeat(digits.length));
}

const COMMENTS_HEADER = /^\s*(?:#{1,6}\s*)?(?:\d+\s+)?(?:reader\s+)?comments?\s*(?:\(\s*\d*\s*\))?\s*:?\s*$|^\s*(?:leave|post|add|write) a (?:comment|reply)\b|^\s*(?:join|show|view|read) (?:the )?(?:discussion|comments)\b/i;
const RELATED_HEADER = /^\s*#*\s*(?:related(?: articles| stories| content| posts| news| reading| coverage| topics| links)?|read (?:more|also|next)|more (?:from|on|stories|news|in)\b.*|other (?:topics|stories|articles)\b.*|you (?:may|might) (?:also )?like|recommended(?: for you)?|see also|most (?:read|popular|viewed)|trending(?: now)?|further reading|latest\b[^.!?]{0,40}|also (?:on|in)\b.*|popular\b.{0,20})\s*:?\s*$/i;
/** A one-line teaser for another article: "Read more: …", "Related: …". */
const TEASER = /^\s*[*_#>]*\s*(?:(?:read more|read also|also read|related|see also|more on this|watch|listen)\b[^:.!?]{0,30}|(?:also|more) from us)\s*[*_]*\s*:/i;
/** "Tags: Ukraine, NATO, Russia", "Filed under: Europe": a page's keywords. */
const TAGS = /^\s*[*_]*\s*(?:tags|topics|related topics|filed under|categories|keywords|more on)\s*[*_]*\s*:/i;
/** "Home | World | Europe | Asia-Pacific": a menu, three or more short items between separators, no sentence. */
const MENU_SEPARATOR = /\s[|·•»›]\s/g;
function isMenu(line: string): boolean {
  if (endsLikeSentence(line) || line.length > 300) return false;
  const items = line.split(MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 4);
}
/** "Jane Doe is a senior fellow at …", "About the author: …": who wrote the piece. */
const AUTHOR_BIO = /^\s*[*_]*\s*(?:about the authors?\s*[*_]*\s*:?|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:fellow|analyst|researcher|director|professor|lecturer|correspondent|editor|journalist|reporter|writer|author|columnist|consultant)\b)/u;
/**
 * A publisher's note: who funded or produced the piece, its copyright line, why the reader got the email, the
 * publisher speaking about the piece ("This article was supported by a reporting grant from …", "(c) 2024 … Ltd",
 * "You received this email because …", "Sponsored by …", "Editor's note: …", "Correction: …").
 */
const PUBLISHERS_NOTE =
  /^\s*[*_]*\s*(?:(?:sponsored by|brought to you by|presented by|editor['’]s note|correction|clarification|disclaimer|disclosure)\b|this (?:article|story|report|piece|series|reporting|research|project|newsletter|podcast)\s+(?:was|is|has been)\s+(?:supported|funded|produced|made possible|part of|sponsored|paid for)|(?:\(c\)|©|copyright)\s*(?:\d{4}|\p{Lu})|you (?:received|are receiving|have received) this (?:e-?mail|newsletter|message))/iu;
/** A newsletter's table of contents: "This week: Seoul says …, NATO's new chief …, Delhi and Ottawa …". */
const CONTENTS = /^\s*[*_#>]*\s*(?:(?:good (?:morning|afternoon|evening)|hello|welcome)\b[^.!:]{0,60}[.!]\s*)?(?:this week|in this (?:issue|edition|newsletter)|in today['’]s (?:issue|edition|newsletter)|inside|today|coming up)\s*[*_]*\s*:/i;
const REFERENCES_HEADER = /^\s*#*\s*(?:references|notes|endnotes|footnotes|bibliography|sources|works cited)\s*:?\s*$/i;
const NOTE_MARK = /^\s*(?:<sup>|&lt;sup>|\[\d{1,3}\]|\[\^[\w-]{1,12}\]:|\^\d)/u;
/** "1. Ministry of Defence of Lithuania, …": a numbered line that opens with a name or a title and a comma. */
const NUMBERED_CITATION = /^\s*\d{1,3}[.)]\s+(\p{Lu}[^.]{0,80}),/u;
/** Words a name or a title may have in lower case. */
const TITLE_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'de', 'des', 'du', 'la', 'le', 'van', 'von', 'der', 'et', 'al']);

/**
 * A footnote or a reference-list line, not a numbered paragraph of prose: "1. The Ministers welcomed the signing of
 * the agreement (RAA), which …" opens with a clause (lower-case words that are not a title's), not a name; and
 * "1. Japanese Minister of Defense Minoru Kihara, … and … held a meeting in Tokyo on 28 July 2024." opens with a name
 * but runs on as a long sentence with none of a citation's marks.
 */
const STARTS_LOWER_CASE = /^\p{Ll}/u;

function isFootnoteLine(line: string): boolean {
  if (NOTE_MARK.test(line)) return true;
  const opening = NUMBERED_CITATION.exec(line)?.[1];
  if (opening === undefined) return false;
  const clauseWords = opening.split(/\s+/).filter((w) => STARTS_LOWER_CASE.test(w) && !TITLE_WORDS.has(w));
  return clauseWords.length < 2 && !isLongProse(line);
}

/** How many words a sentence of prose in a numbered paragraph has at least, where a footnote has fewer. */
const LONG_PROSE_WORDS = 25;
const isLongProse = (line: string): boolean => wordCount(line) >= LONG_PROSE_WORDS && endsLikeSentence(line) && !isCitation(line);
/** "1 Ministry of Trade, Annual Report, …": a footnote's bare number, told from "25 countries signed…" by its citation. */
const BARE_NUMBER_START = /^\s*\d{1,3}\s+[A-Z]/;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONSENT = /\b(?:accept|consent|use of cookies|we use cookies|uses cookies|this (?:site|website) uses|continuing (?:navigation|to browse|to use)|cookie (?:policy|settings|preferences))\b/i;
const BOILERPLATE = /\b(?:click here|sign up|subscribe|newsletter|press ctrl|ctrl \+|all rights reserved|terms of (?:use|service)|privacy policy|share (?:this|on)|follow us|suggest a correction|highlight the text|contains spoilers|advertisement)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const PHONE = /\b(?:phone|tel|fax)\.?\s*[+\d]|\+\d{2}[\s\d]{6,}/i;
const isContact = (text: string): boolean => (text.includes('@') && EMAIL.test(text)) || PHONE.test(text);
/** A citation's marks: "in *Journal*", ", 12 May 2022,", "pp. 3", "vol. 2", "(ed.)", "et al." — each behind a cheap test. */
function isCitation(text: string): boolean {
  return (
    (text.includes('*') && /\bin\s+\*[^*]+\*/.test(text)) ||
    (text.includes('et al.') || text.includes('(ed')) ||
    (text.includes('.') && /\b(?:pp?|vol)\.\s*\d/.test(text)) ||
    /,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,/.test(text)
  );
}
/** A wire story's credits: "(Reporting by … in Manila; Editing by …)", "AP writers … contributed to this report." */
const CREDITS = /^\s*\(?\s*(?:(?:additional )?reporting by|writing by|editing by|compiled by)\b|\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b/i;
const BYLINE = /^\s*(?:[Bb]y|[Ww]ritten by|[Aa]uthor:?)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*$/u;
const LIST_OF_ENTRIES = /^\s*\d{1,4}\s+\d{1,4}\s+\S/u;
/** "Also in this series: [Explainer: …] · [Explainer: …]": titles of other pages in brackets, as links are written. */
const LINKED_TITLES = /\[[^\]\n]*[A-Za-z]{3}[^\]\n]*\](?:\([^)\n]*\))?\s*[·|•,;/–-]?\s*\[[^\]\n]*[A-Za-z]{3}[^\]\n]*\]/;
const listsLinkedTitles = (text: string): boolean => text.indexOf(']') !== text.lastIndexOf(']') && LINKED_TITLES.test(text);

const wordsIn = (line: string): string[] => line.trim().split(/\s+/).filter(Boolean);
const wordCount = (line: string): number => (line.match(/\S+/g) ?? []).length;
const endsLikeSentence = (line: string): boolean => /[.!?…:]["”’)\]]*\s*$/u.test(line);

/** A prose line reads as a sentence: enough words and a sentence's ending. */
function isProse(line: string): boolean {
  return endsLikeSentence(line) && wordCount(line) >= 8;
}

/** A line that ends a list of related items: a full declarative sentence, not an entry ("Author, Title?"). */
function endsSection(line: string): boolean {
  return /[.]["”’)]*\s*$/u.test(line) && wordCount(line) >= 12 && !isCitation(line) && !LIST_OF_ENTRIES.test(line) && !/^\s*#/u.test(line);
}

/** A block that ends on a word no sentence or title ends on is the first piece of a broken paragraph. */
export const DANGLING_END = /\b(the|a|an|of|on|in|to|and|or|but|with|for|by|from|at|as|between|towards|toward|into|than|that|which|its|their|our|his|her)\s*$/i;

/** Tests only the line's end: an unanchored `…$` pattern would be tried at every position of a long line. */
export const endsDangling = (line: string): boolean => DANGLING_END.test(line.slice(-24));

/** The next block continues this one ("… agreed to expand" / "their cooperation …"): not a headline. */
const continuesInto = (next: RawBlock | undefined): boolean => next !== undefined && /^\s*[a-z(]/.test(next.lines[0]!);

/** A document's first line, short and unpunctuated, is its headline even in sentence case. */
function isHeadline(line: string): boolean {
  return line.length <= 160 && !endsLikeSentence(line) && !endsDangling(line) && wordCount(line) <= 20;
}

const STARTS_LIKE_A_TITLE_WORD = /^[\p{Lu}\d"“‘'(]/u;

function isHeading(line: string): boolean {
  if (/^\s*#{1,6}\s/u.test(line)) return true;
  if (line.length > 200 || endsLikeSentence(line) || endsDangling(line)) return false;
  const words = wordsIn(line);
  if (words.length === 0 || words.length > 16 || endsLikeSentence(line)) return false;
  const capitalised = words.filter((w) => STARTS_LIKE_A_TITLE_WORD.test(w)).length;
  return capitalised / words.length >= 0.6 || words.length <= 4;
}

interface RawBlock {
  start: number;
  end: number;
  lines: string[];
}

const BULLET = /^\s*(?:[-*•▪–]|\d{1,2}[.)])\s+/u;
const isHeaderLine = (line: string): boolean => COMMENTS_HEADER.test(line) || RELATED_HEADER.test(line) || REFERENCES_HEADER.test(line);

/**
 * Blocks are runs of non-blank lines. A run is cut into one block per line where its lines are list items,
 * section headers or short lines (scraped pages put headlines, teasers and headers on lines of their own); a
 * run of long lines is one hard-wrapped paragraph.
 */
function splitBlocks(text: string): RawBlock[] {
  const runs: { start: number; line: string }[][] = [];
  const linePattern = /[^\n]*(?:\n|$)/gu;
  let run: { start: number; line: string }[] | null = null;
  for (let m = linePattern.exec(text); m && m[0].length > 0; m = linePattern.exec(text)) {
    const line = m[0].replace(/\n$/u, '');
    if (line.trim() === '') {
      run = null;
      continue;
    }
    if (!run) runs.push((run = []));
    run.push({ start: m.index, line });
  }
  const blocks: RawBlock[] = [];
  for (const lines of runs) {
    const oneBlockPerLine = lines.length > 1 && lines.some(({ line }) => BULLET.test(line) || isHeaderLine(line) || line.length < 160 && wordCount(line) <= 16);
    const groups = oneBlockPerLine ? lines.map((l) => [l]) : [lines];
    for (const group of groups) {
      const last = group[group.length - 1]!;
      blocks.push({ start: group[0]!.start, end: last.start + last.line.length, lines: group.map((l) => l.line) });
    }
  }
  return blocks;
}

/** A cookie banner or a site's own furniture ("subscribe", "share this"), by its wording. */
export function isSiteBoilerplate(text: string): boolean {
  return (COOKIE.test(text) && COOKIE_CONSENT.test(text)) || (text.length < 400 && BOILERPLATE.test(text));
}

type Section = 'body' | 'comments' | 'related' | 'references';

export function classifyBlocks(text: string): Block[] {
  let section: Section = 'body';
  const out: Block[] = [];
  const blocks = splitBlocks(text);
  blocks.forEach((block, index) => {
    const whole = block.lines.join(' ');
    const first = block.lines[0]!;
    const noise = (reason: string) => out.push({ start: block.start, end: block.end, kind: 'noise', reason });

    if (section === 'comments') {
      noise('reader comments');
      return;
    }
    if (block.lines.some((l) => COMMENTS_HEADER.test(l))) {
      section = 'comments';
      noise('reader comments');
      return;
    }
    if (RELATED_HEADER.test(first)) {
      section = 'related';
      noise('list of related articles or publications');
      return;
    }
    if (REFERENCES_HEADER.test(first)) {
      section = 'references';
      noise('references');
      return;
    }
    if (section === 'related' || section === 'references') {
      if (block.lines.length === 1 && endsSection(whole)) section = 'body';
      else if (/^\s*#/u.test(first) && !RELATED_HEADER.test(first)) section = 'body';
      else {
        noise(section === 'related' ? 'list of related articles or publications' : 'references');
        return;
      }
    }
    if (block.lines.length === 1 && TEASER.test(first)) noise('teaser for another article');
    else if (block.lines.length === 1 && CONTENTS.test(first) && whole.length < 600) noise('table of contents');
    else if (COOKIE.test(whole) && COOKIE_CONSENT.test(whole) && whole.length < 600) noise('cookie banner');
    else if (isFootnoteLine(first) || (isCitation(whole) && (BARE_NUMBER_START.test(first) || !isProse(whole)))) noise('footnote or citation');
    else if (whole.length < 400 && BOILERPLATE.test(whole)) noise('site boilerplate');
    else if (whole.length < 600 && PUBLISHERS_NOTE.test(first)) noise("publisher's note");
    else if (block.lines.length === 1 && whole.length < 400 && TAGS.test(first)) noise('tags');
    else if (block.lines.length === 1 && isMenu(first)) noise('menu');
    // At the end of a piece only: in its body, "X is a former director of …" is a sentence like any other.
    else if (whole.length < 500 && index >= blocks.length - 3 && out.some((b) => b.kind === 'prose') && AUTHOR_BIO.test(first)) noise('about the author');
    else if (isContact(whole)) noise('contact details');
    else if (BYLINE.test(whole)) noise('byline');
    else if (whole.length < 400 && CREDITS.test(whole)) noise('credits');
    else if (block.lines.filter((l) => LIST_OF_ENTRIES.test(l)).length >= 2) noise('list of entries');
    else if (whole.length < 500 && listsLinkedTitles(whole)) noise('links to other pages');
    else if (block.lines.length === 1 && (isHeading(first) || (out.length === 0 && isHeadline(first) && !continuesInto(blocks[index + 1])))) out.push({ start: block.start, end: block.end, kind: 'heading' });
    else out.push({ start: block.start, end: block.end, kind: 'prose' });
  });
  return out;
}
