/**
 * The lexicon: what the builder knows about actors beyond the country dataset. It lives in `data/lexicon/*.json`
 * so a user can extend it; the files are validated here (a bad file is an InputError naming it).
 */
import { z } from 'zod';
import { DOMAINS } from '../../model/vocabulary';
import { InputError } from '../types';
import organisations from '../../../data/lexicon/organisations.json';
import countries from '../../../data/lexicon/countries.json';
import people from '../../../data/lexicon/people.json';

const actorEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and hyphens'),
  label: z.string().min(1),
  type: z.enum(['organisation', 'programme']),
  aliases: z.array(z.string().min(1)),
  domains: z.array(z.enum(DOMAINS)).default([]),
});

const personEntrySchema = z
  .object({
    name: z.string().min(3),
    aliases: z.array(z.string().min(2)).default([]),
    country: z.string().regex(/^[A-Z]{3}$/, 'a country is an ISO 3166-1 alpha-3 code').optional(),
    organisation: z.string().optional(),
  })
  .refine((p) => p.country || p.organisation, 'a person needs a country or an organisation');

export const lexiconFileSchema = z.object({
  actors: z.array(actorEntrySchema).default([]),
  people: z.array(personEntrySchema).default([]),
  countryAliases: z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1))).default({}),
  ignoredCapitals: z.array(z.string()).default([]),
  ambiguousNames: z.array(z.string()).default([]),
  /** Names that contain a country's name but are not actors ("New Mexico", "Northern Cyprus" is not). */
  notActors: z.array(z.string().min(2)).default([]),
});

export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type PersonEntry = z.infer<typeof personEntrySchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

/** All lexicon files merged. */
export interface Lexicon {
  readonly actors: readonly ActorEntry[];
  readonly people: readonly PersonEntry[];
  readonly countryAliases: ReadonlyMap<string, readonly string[]>;
  readonly ignoredCapitals: ReadonlySet<string>;
  readonly ambiguousNames: ReadonlySet<string>;
  readonly notActors: readonly string[];
}

/** Validates one lexicon file's parsed JSON; `fileName` names it in the error. */
export function parseLexiconFile(raw: unknown, fileName: string): LexiconFile {
  const result = lexiconFileSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputError(fileName, `invalid lexicon: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export function mergeLexicons(files: readonly LexiconFile[]): Lexicon {
  const actors = new Map<string, ActorEntry>();
  const countryAliases = new Map<string, string[]>();
  for (const file of files) {
    for (const actor of file.actors) actors.set(actor.id, actor);
    for (const [code, aliases] of Object.entries(file.countryAliases)) countryAliases.set(code, [...(countryAliases.get(code) ?? []), ...aliases]);
  }
  return {
    actors: [...actors.values()],
    people: files.flatMap((f) => f.people),
    countryAliases,
    ignoredCapitals: new Set(files.flatMap((f) => f.ignoredCapitals)),
    ambiguousNames: new Set(files.flatMap((f) => f.ambiguousNames)),
    notActors: files.flatMap((f) => f.notActors),
  };
}

/** The lexicon shipped in `data/lexicon/`, bundled so the builder works in the browser too. */
export const DEFAULT_LEXICON_FILES: readonly LexiconFile[] = [
  parseLexiconFile(organisations, 'data/lexicon/organisations.json'),
  parseLexiconFile(countries, 'data/lexicon/countries.json'),
  parseLexiconFile(people, 'data/lexicon/people.json'),
];
