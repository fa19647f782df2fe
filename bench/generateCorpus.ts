/**
 * A seeded synthetic corpus of news-like documents for the builder benchmark: every country of `world-countries`
 * (names, demonyms, capitals), people with titles, relation verbs, domains and dates, in .txt, .md and .html
 * files, with and without front matter, plus the noise a scraped corpus carries (cookie banners, comment
 * sections, related-article lists, newsletter boxes).
 *
 * CLI: `npx tsx bench/generateCorpus.ts --out DIR [--mb 20] [--seed 1]`
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import countries from 'world-countries';
import { mulberry32 } from './syntheticGraph';

type Random = () => number;

export interface GeneratedFile {
  readonly fileName: string;
  readonly content: string;
}

export interface CorpusOptions {
  /** Stop once the files total at least this many bytes (UTF-8). */
  readonly bytes: number;
  readonly seed?: number;
}

interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
}

const COUNTRIES: readonly Country[] = countries.map((c) => ({
  name: c.name.common,
  demonym: c.demonyms?.eng?.m || c.name.common,
  capital: c.capital[0] || c.name.common,
}));
const ORGANISATIONS = ['NATO', 'the European Union', 'the United Nations', 'the G7', 'the African Union', 'ASEAN', 'the OSCE', 'the World Trade Organization', 'the Council of Europe', 'the G20'];
const PROGRAMMES = ['the Global Combat Air Programme', 'Operation Sophia', 'the Artemis Accords', 'the Belt and Road Initiative', 'the Partnership for Peace', 'Horizon Europe'];
const TITLES = ['Prime Minister', 'Foreign Minister', 'Defence Secretary', 'President', 'Ambassador', 'Minister of Trade', 'Interior Minister', 'Chancellor'];
const FIRST = ['Anna', 'Luca', 'Maria', 'James', 'Yuki', 'Ahmed', 'Olena', 'Carlos', 'Fatima', 'Pierre', 'Ingrid', 'Kwame', 'Mei', 'Rahul', 'Sofia', 'Dmitri'];
const LAST = ['Rossi', 'Smith', 'Tanaka', 'Haddad', 'Kovalenko', 'García', 'Diallo', 'Dubois', 'Larsen', 'Mensah', 'Chen', 'Sharma', 'Novak', 'Petrov', 'Okafor', 'Moreau'];
const TOPICS = [
  'defence procurement', 'joint military exercises', 'cyber security', 'ransomware attacks', 'satellite launches', 'space debris',
  'irregular migration', 'border management', 'semiconductor supply chains', 'shipbuilding', 'trade and investment', 'energy prices',
  'climate finance', 'emissions targets', 'humanitarian aid', 'refugee camps', 'cultural heritage', 'student exchanges', 'a peace process',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NOISE = [
  'This site uses cookies to provide a better experience. Continuing navigation accept the use of cookies by us OK',
  'We value your privacy. We and our partners store and access information on your device. Accept all | Manage preferences',
  'Sign up to our newsletter to receive the latest analysis every week. Subscribe',
  'To suggest a correction or clarification, write to us here\nYou can also highlight the text and press Ctrl + Enter',
  'Related articles\n- Markets rally as talks resume\n- Ten things to know about the summit\n- Opinion: the week in review',
  'Share this article: Facebook | Twitter | LinkedIn | Email | Print',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

function writtenDate(random: Random): { iso: string; text: string } {
  const year = between(random, 1990, 2025);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const text = random() < 0.5 ? `${day} ${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
  return { iso, text };
}

const person = (random: Random): string => `${pick(random, TITLES)} ${pick(random, FIRST)} ${pick(random, LAST)}`;

/** One sentence about two countries: a relation verb, a domain topic, often a place, a date or a person. */
function sentence(random: Random): string {
  const a = pick(random, COUNTRIES);
  const b = pick(random, COUNTRIES);
  const topic = pick(random, TOPICS);
  const templates = [
    () => `${a.name} and ${b.name} signed a memorandum of understanding on ${topic} in ${a.capital} on ${writtenDate(random).text}.`,
    () => `${person(random)} of ${a.name} met ${b.demonym} counterpart ${pick(random, FIRST)} ${pick(random, LAST)} to discuss ${topic}.`,
    () => `${a.demonym} officials accused ${b.name} of undermining ${topic}, and the ministry summoned the ambassador.`,
    () => `${a.name} will provide support to ${b.name} for ${topic}, the government in ${a.capital} said.`,
    () => `${b.name} formally joined ${pick(random, ORGANISATIONS)} in ${between(random, 1950, 2024)}, a step welcomed in ${a.capital}.`,
    () => `${a.name} and ${b.name} agreed to cooperate on ${topic} within ${pick(random, PROGRAMMES)}.`,
    () => `Forces from ${a.name} attacked positions near the border with ${b.name}, officials in ${b.capital} said.`,
    () => `The ${a.demonym} delegation visited ${b.capital} for talks on ${topic} with members of ${pick(random, ORGANISATIONS)}.`,
    () => `Analysts said relations between ${a.name} and ${b.name} had improved since ${between(random, 1990, 2024)}.`,
    () => `${a.name} imposed sanctions on ${b.name} over ${topic}.`,
  ];
  return pick(random, templates)();
}

const paragraph = (random: Random): string => Array.from({ length: between(random, 2, 6) }, () => sentence(random)).join(' ');

function article(random: Random): { title: string; date: { iso: string; text: string }; paragraphs: string[] } {
  const a = pick(random, COUNTRIES);
  const b = pick(random, COUNTRIES);
  const paragraphs = Array.from({ length: between(random, 6, 30) }, () => paragraph(random));
  if (random() < 0.4) paragraphs.unshift(pick(random, NOISE));
  if (random() < 0.5) paragraphs.push(pick(random, NOISE));
  if (random() < 0.3) paragraphs.push(`Comments (${between(random, 1, 9)})\nreader${between(random, 1, 999)}\n${sentence(random)} Total nonsense.`);
  return { title: `${a.name} and ${b.name} discuss ${pick(random, TOPICS)}`, date: writtenDate(random), paragraphs };
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same article written in one of the ways a corpus holds documents; HTML pages carry no date (~15% undated). */
function render(random: Random, index: number): GeneratedFile {
  const { title, date, paragraphs } = article(random);
  const name = `doc_${String(index).padStart(6, '0')}`;
  const style = random();
  if (style < 0.35) return { fileName: `${name}.md`, content: `---\ntitle: "${title}"\ndate: ${date.iso}\nsource: Synthetic Wire\n---\n\n# ${title}\n\n${paragraphs.join('\n\n')}\n` };
  if (style < 0.55) return { fileName: `${name}.txt`, content: `${pick(random, COUNTRIES).capital.toUpperCase()}, ${date.text} — ${paragraphs.join('\n\n')}\n` };
  if (style < 0.7) return { fileName: `${name}.txt`, content: `date ${date.iso} ${paragraphs.join('\n\n')}\n` };
  if (style < 0.85) return { fileName: `${name}.txt`, content: `${title}\n\n${paragraphs.join('\n\n')}\n\n${date.text}\n` };
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return {
    fileName: `${name}.html`,
    content: `<!doctype html><html><head><title>${escapeHtml(title)}</title><style>p{margin:0}</style><script>window.dataLayer=[];</script></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(title)}</h1>${body}</article><footer>&copy; Synthetic Wire</footer></body></html>\n`,
  };
}

/** Yields documents until they total at least `bytes`; the same options always give the same files. */
export function* generateCorpus({ bytes, seed = 1 }: CorpusOptions): Generator<GeneratedFile> {
  const random = mulberry32(seed);
  let total = 0;
  for (let index = 0; total < bytes; index += 1) {
    const file = render(random, index);
    total += Buffer.byteLength(file.content);
    yield file;
  }
}

/** Writes a fresh corpus into `folder` (emptied first); returns the number of files and bytes. */
export function writeCorpus(folder: string, options: CorpusOptions): { files: number; bytes: number } {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const file of generateCorpus(options)) {
    writeFileSync(path.join(folder, file.fileName), file.content);
    files += 1;
    bytes += Buffer.byteLength(file.content);
  }
  return { files, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, mb: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) {
    console.error('usage: npx tsx bench/generateCorpus.ts --out DIR [--mb 20] [--seed 1]');
    process.exit(2);
  }
  const { files, bytes } = writeCorpus(values.out, { bytes: Number(values.mb) * 1e6, seed: Number(values.seed) });
  console.log(`Wrote ${files} documents, ${(bytes / 1e6).toFixed(1)} MB, to ${values.out}`);
}
