/**
 * The corpus folder on disk to `CorpusDocument`s: walked recursively in a fixed order, so the same folder always
 * gives the same documents in the same order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { documentId, readDocument } from '../builder/documents/readDocument';
import { InputError, type BuildWarning, type CorpusDocument } from '../builder/types';
import { decodeText } from './decodeText';

export const CORPUS_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;

export interface Corpus {
  readonly documents: CorpusDocument[];
  /** `file` is relative to the corpus folder, like `CorpusDocument.fileName`. */
  readonly warnings: BuildWarning[];
}

const isCorpusFile = (name: string): boolean => (CORPUS_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
/** Code-point order, not locale order: the same on every machine. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const reason = (err: unknown): string => {
  const { code, message } = err as NodeJS.ErrnoException;
  return code ? `${code}: ${message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}` : String(message);
};

/**
 * @param folder the corpus folder as the user gave it (messages name files under it).
 * @throws InputError naming the folder when it is missing, not a folder or holds no usable document, and naming
 *   the file when one cannot be read or has malformed front matter.
 */
export async function readCorpus(folder: string): Promise<Corpus> {
  await assertFolder(folder);
  const warnings: BuildWarning[] = [];
  const documents: CorpusDocument[] = [];
  for (const fileName of await listFiles(folder, '', warnings)) {
    const document = await readCorpusFile(folder, fileName, warnings);
    if (document) documents.push(document);
  }
  if (documents.length === 0) {
    const skipped = warnings.map((w) => w.file);
    const detail = skipped.length ? `; skipped: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}` : '';
    throw new InputError(folder, `no usable document in the folder (expected ${CORPUS_EXTENSIONS.join(', ')} files with text${detail})`);
  }
  return { documents: withUniqueIds(documents, warnings), warnings };
}

async function assertFolder(folder: string): Promise<void> {
  let stats;
  try {
    stats = await stat(folder);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(folder, missing ? 'corpus folder not found' : `cannot open the corpus folder (${reason(err)})`);
  }
  if (!stats.isDirectory()) throw new InputError(folder, 'not a folder (give --corpus a folder of .md, .txt or .html files)');
}

/** Corpus-relative paths with `/` separators, sorted; hidden entries ignored, other files skipped with a warning. */
async function listFiles(folder: string, relative: string, warnings: BuildWarning[]): Promise<string[]> {
  const directory = path.join(folder, relative);
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (err) {
    throw new InputError(directory, `cannot read the folder (${reason(err)})`);
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const fileName = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(folder, fileName, warnings)));
    else if (!isCorpusFile(entry.name)) warnings.push({ file: fileName, message: `skipped: not a corpus file (${CORPUS_EXTENSIONS.join(', ')})` });
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(fileName);
    else warnings.push({ file: fileName, message: 'skipped: not a regular file' });
  }
  return files;
}

async function readCorpusFile(folder: string, fileName: string, warnings: BuildWarning[]): Promise<CorpusDocument | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(folder, fileName));
  } catch (err) {
    throw new InputError(path.join(folder, fileName), `cannot read the file (${reason(err)})`);
  }
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') {
    warnings.push({ file: fileName, message: `skipped: a binary file, not text (${decoded.reason})` });
    return null;
  }
  if (decoded.text.trim() === '') {
    warnings.push({ file: fileName, message: 'skipped: the file is empty' });
    return null;
  }
  try {
    const { document, warnings: documentWarnings } = readDocument(fileName, decoded.text);
    warnings.push(...documentWarnings);
    return document;
  } catch (err) {
    if (err instanceof InputError) throw new InputError(path.join(folder, err.file), err.problem);
    throw err;
  }
}

/** `a.md` and `a.txt` would both be "a": such documents keep their extension in the id. */
function withUniqueIds(documents: CorpusDocument[], warnings: BuildWarning[]): CorpusDocument[] {
  const count = new Map<string, number>();
  for (const { id } of documents) count.set(id, (count.get(id) ?? 0) + 1);
  return documents.map((document) => {
    if (count.get(document.id) === 1) return document;
    warnings.push({ file: document.fileName, message: `another file also has the id "${documentId(document.fileName)}"; this document's id is "${document.fileName}"` });
    return { ...document, id: document.fileName };
  });
}
