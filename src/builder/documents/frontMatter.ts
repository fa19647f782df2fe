/**
 * Optional YAML front matter at the top of a corpus file:
 *
 *     ---
 *     title: "The Italian Job"
 *     date: 2025-05-14        # YYYY, YYYY-MM or YYYY-MM-DD
 *     source: Istituto Affari Internazionali
 *     url: https://www.iai.it/...
 *     ---
 */
import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { InputError, type PartialDate } from '../types';
import { parseIsoPartialDate } from './partialDate';

export interface FrontMatter {
  readonly title?: string;
  readonly date?: PartialDate;
  readonly source?: string;
  readonly url?: string;
}

export interface SplitDocument {
  readonly frontMatter: FrontMatter;
  /** Keys the front matter had that we do not use (left out, reported as a warning). */
  readonly unknownKeys: readonly string[];
  /** Everything after the closing `---` line, byte for byte. */
  readonly body: string;
}

export const FRONT_MATTER_KEYS = ['title', 'date', 'source', 'url'] as const;

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

/** YAML gives `null` for `title:` with nothing after it: treat that as absent. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === null ? undefined : value), schema.optional());

/** A title of `1984` reaches us as a number; it is still a title. */
const text = z.union([z.string(), z.number()], { error: 'must be text' }).transform(String);

const date = z
  .union([z.string(), z.number()], { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be written YYYY, YYYY-MM or YYYY-MM-DD'))
  .refine((value) => parseIsoPartialDate(value) !== null, 'is not a real calendar date')
  .transform((value) => parseIsoPartialDate(value)!);

const frontMatterSchema = z.object({
  title: optional(text),
  date: optional(date),
  source: optional(text),
  url: optional(z.string({ error: 'must be text' })),
});

/**
 * Splits a file into its front matter and its body, and checks the fields.
 * A file that does not start with a `---` line has no front matter: its body is the whole file.
 * @throws InputError "malformed front matter: …" for unclosed front matter, bad YAML or a bad field.
 */
export function splitFrontMatter(fileName: string, raw: string): SplitDocument {
  const withoutBom = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const opening = OPENING.exec(withoutBom);
  if (!opening) return { frontMatter: {}, unknownKeys: [], body: withoutBom };

  const rest = withoutBom.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw malformed(fileName, 'no closing "---" line');

  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  return { ...parseFields(fileName, yamlText), body };
}

function parseFields(fileName: string, yamlText: string): Omit<SplitDocument, 'body'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw malformed(fileName, `${message}${atLine(error.linePos?.[0]?.line)}`);
  }
  if (doc.contents === null) return { frontMatter: {}, unknownKeys: [] };
  if (!isMap(doc.contents)) throw malformed(fileName, `expected "key: value" lines${atLine(1)}`);

  const values = toPlainObject(fileName, doc);
  const result = frontMatterSchema.safeParse(values);
  if (!result.success) {
    const [issue] = result.error.issues;
    const key = String(issue?.path[0] ?? '');
    const shown = JSON.stringify(values[key]) ?? String(values[key]);
    throw malformed(fileName, `${key} ${shown} ${issue?.message ?? 'is invalid'}${atLine(keyLine(doc, lineCounter, key))}`);
  }
  const known: readonly string[] = FRONT_MATTER_KEYS;
  const unknownKeys = Object.keys(values).filter((key) => !known.includes(key));
  return { frontMatter: withoutUndefined(result.data), unknownKeys };
}

function toPlainObject(fileName: string, doc: Document): Record<string, unknown> {
  try {
    return doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (err) {
    throw malformed(fileName, (err as Error).message);
  }
}

/** The line of the file (counting the opening `---` as line 1) where `key`'s value starts. */
function keyLine(doc: Document, lineCounter: LineCounter, key: string): number | undefined {
  const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** `yamlLine` counts from the first line after the opening `---`, which is line 2 of the file. */
const atLine = (yamlLine: number | undefined): string => (yamlLine === undefined ? '' : ` (line ${yamlLine + 1})`);

const malformed = (fileName: string, what: string): InputError => new InputError(fileName, `malformed front matter: ${what}`);

function withoutUndefined(data: z.infer<typeof frontMatterSchema>): FrontMatter {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as FrontMatter;
}
