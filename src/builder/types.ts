/** Types shared by the builder's stages. The builder is pure: no file system, no DOM. */

/** A date as precise as the source gives it. `iso` is YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly iso: string;
}

/** One document of the corpus, read and reduced to plain text. */
export interface CorpusDocument {
  /** Stable id: the file's path relative to the corpus folder, without its extension (e.g. "000_9e104ebf"). */
  readonly id: string;
  /** The file's path relative to the corpus folder, as named in messages. */
  readonly fileName: string;
  readonly title: string;
  /** From front matter, else read from the text; null when neither gives one. */
  readonly date: PartialDate | null;
  readonly source?: string;
  readonly url?: string;
  /** The body as plain text: front matter removed, HTML reduced to text. Evidence offsets point into it. */
  readonly text: string;
}

/** A problem that does not stop the build; `file` names the document it concerns (or "" for the corpus). */
export interface BuildWarning {
  readonly file: string;
  readonly message: string;
}

/** A problem that makes an input unusable. The CLI prints it and exits non-zero. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}
