/** Runs actor recognition over a text as buildGraph does: acronyms learned, people introduced, then mentions. */
import { ActorRecogniser } from '../../../src/builder/actors/recognise';
import { DEFAULT_LEXICON_FILES, mergeLexicons, type LexiconFile } from '../../../src/builder/actors/lexicon';
import { segmentDocument } from '../../../src/builder/text/segment';
import { doc } from '../factories';

export interface Found {
  readonly surface: string;
  readonly actor: string;
  /** A person's country (or organisation); for other actors, themselves. */
  readonly actsFor: string | null;
}

export function recognise(text: string, options: { source?: string; lexicon?: readonly LexiconFile[] } = {}): { found: Found[]; recogniser: ActorRecogniser } {
  const document = doc(text, options.source ? { source: options.source } : {});
  const recogniser = new ActorRecogniser(mergeLexicons(options.lexicon ?? DEFAULT_LEXICON_FILES));
  recogniser.learnAcronyms([document]);
  const { sentences } = segmentDocument(document.text);
  const people = recogniser.documentPeople(sentences, recogniser.homeCountry(document));
  const found = sentences.flatMap((s) => recogniser.mentions(s, people)).map((m) => ({ surface: m.surface, actor: m.actorId, actsFor: m.actsFor }));
  return { found, recogniser };
}

/** "surface=actor" for each mention, in text order. */
export const mentionsIn = (text: string, options: { source?: string; lexicon?: readonly LexiconFile[] } = {}): string[] =>
  recognise(text, options).found.map((f) => `${f.surface}=${f.actor}`);
