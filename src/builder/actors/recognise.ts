/**
 * Actor recognition: countries (dataset + lexicon), organisations and programmes (lexicon, acronyms the corpus
 * defines, "Operation X"), and people (titles, roles, the lexicon's well-known office holders).
 */
import type { CorpusDocument } from '../types';
import type { Sentence } from '../text/segment';
import { buildCountryGazetteer, slugify, type CountryGazetteer } from './countries';
import { Gazetteer, NOT_AN_ACTOR, type Match, type SurfaceForm } from './gazetteer';
import type { Lexicon } from './lexicon';
import { ActorRegistry } from './registry';
import { findAcronymDefinitions } from './acronyms';
import { findNamedThings } from './namedThings';
import { COMBINING_FORM, COMBINING_FORMS } from './combiningForms';
import { findTitledPeople, type PersonCandidate } from './people';
import { sortSmall } from '../util/sortSmall';

export interface Mention {
  readonly actorId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** The actor this mention counts for in relations: itself, or a person's country. Null: a person acting for no known actor. */
  readonly actsFor: string | null;
  readonly isPerson: boolean;
  /** Whether what it acts for is a country (the actors "the two countries" can refer back to). */
  readonly actsForCountry: boolean;
  /** Whether it names a city ("Rome", "Brussels"): it may only say where something happened. */
  readonly isCity: boolean;
}

/** "the South China Sea", "the Indian Ocean", "the Paris Agreement": a country's name inside a place's or a treaty's. */
const PLACE_OR_TREATY_AFTER = /^\s+(?:Sea|Ocean|Gulf|Strait|Straits|Basin|Peninsula|Plateau|Desert|Agreement|Agreements|Accord|Accords|Treaty|Protocol|Convention|Charter|Statute|Statutes|Pact|Compact|Format|Club|Process)\b/;
const insidePlaceName = (text: string, start: number, end: number): boolean => PLACE_OR_TREATY_AFTER.test(text.slice(end, end + 14));
/** "ethnic Albanian mayors", "ethnic Russians": a people, not the state of that name. */
const ETHNIC_BEFORE = /\bethnic\s+$/i;
const isEthnicGroup = (text: string, start: number): boolean => ETHNIC_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/**
 * "the Vilnius Summit", "the 2025 Summit in The Hague": a capital that only says where a gathering was. (A
 * country's name stays a party: "the EU-China Summit".)
 */
const VENUE_AFTER = /^\s+(?:Summit|Conference|Forum)\b/;
const VENUE_BEFORE = /\b(?:[Ss]ummit|[Cc]onference|[Ff]orum)\s+(?:in|at)\s+(?:the\s+)?$/;
const isVenue = (text: string, start: number, end: number): boolean => VENUE_AFTER.test(text.slice(end, end + 12)) || VENUE_BEFORE.test(text.slice(Math.max(0, start - 20), start));

/** "… held talks with Secretary X", "… met President Y": the official named next is the publisher's guest, not its own. */
const OTHER_SIDE_BEFORE = /\b(?:with|met|meets|meeting|hosted|hosts|received|receives|welcomed|welcomes)\s+$/i;

const JOINED = /^\s*(?:,|,?\s*and|&)\s*$/;

const BARE_OFFICE = /\b[Tt]he (?:Prime Minister|President|Foreign Secretary|Defen[cs]e Secretary|Home Secretary|Foreign Minister|Defen[cs]e Minister|Chancellor|Government)\b(?!\s+(?:of\b|[A-Z]))/g;

/** Named operations and exercises: "Operation Sophia", "Exercise Talisman Sabre". */
const NAMED_OPERATION = /\b(Operation|Exercise)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu;

const POSSESSIVE_AFTER = /^['’]s?\b/;
const ADJACENT_WORDS = /(\S+(?:\s+\S+)?)\s*$/u;
/** The text after the last comma, semicolon, colon or " and ". */
function afterListBreak(text: string): string {
  const punctuation = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'));
  const and = text.lastIndexOf(' and ');
  const cut = and > punctuation ? and + ' and '.length : punctuation + 1;
  return cut > 0 ? text.slice(cut) : text;
}

/** The head of a name for a country's own armed forces, government or police. */
const NATIONAL_BODY_HEAD = /\b(?:Defen[cs]e Forces?|Self-Defen[cs]e Forces?|Armed Forces|Army|Navy|Air Force|Coast Guard|Border Guard|Marine Corps|Police|Government|Ministry of [\p{L} ]+)$/u;

/** "Indian External Affairs Minister": a run of capitalised words before a title. */
const CAPITALISED_RUN_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u;
/** "Franco-Italo-German": another combining form between a form and the country it leads to. */
const CHAINED_COMBINING_FORM = /^\p{Lu}\w*o-$/u;

export class ActorRecogniser {
  readonly registry = new ActorRegistry();
  private readonly countries: CountryGazetteer;
  private readonly forms: SurfaceForm[] = [];
  private gazetteer: Gazetteer;

  constructor(private readonly lexicon: Lexicon) {
    this.countries = buildCountryGazetteer(lexicon);
    for (const c of this.countries.countries) this.registry.define({ id: c.id, label: c.label, type: 'country', domains: [] });
    this.forms.push(...this.countries.forms);
    for (const actor of lexicon.actors) {
      this.registry.define({ id: actor.id, label: actor.label, type: actor.type, domains: actor.domains });
      for (const alias of [actor.label, ...actor.aliases]) this.forms.push({ text: alias, actorId: actor.id, kind: 'alias' });
    }
    for (const person of lexicon.people) {
      const id = slugify(person.name);
      const actsFor = person.country ? this.countries.byCode.get(person.country)?.id : person.organisation;
      this.registry.define({ id, label: person.name, type: 'person', domains: [], ...(actsFor ? { actsFor } : {}) });
      for (const alias of [person.name, ...person.aliases]) this.forms.push({ text: alias, actorId: id, kind: 'person' });
    }
    this.gazetteer = new Gazetteer(this.forms);
  }

  /**
   * Acronyms defined anywhere in the corpus hold for the whole corpus, and so do programmes and bodies a document
   * introduces by an appositive ("East Shield, a programme to fortify Poland's borders").
   */
  learnAcronyms(documents: readonly CorpusDocument[]): void {
    const learned: SurfaceForm[] = [];
    for (const doc of documents) {
      for (const thing of findNamedThings(doc.text)) {
        if (this.namedWhole(thing.name)) continue;
        const id = slugify(thing.name);
        if (this.registry.get(id)) continue;
        this.registry.define({ id, label: thing.name, type: thing.type, domains: [] });
        learned.push({ text: thing.name, actorId: id, kind: 'alias' });
      }
      for (const def of findAcronymDefinitions(doc.text)) {
        const nation = this.nationalBody(def.longForm);
        if (nation) {
          learned.push({ text: def.longForm, actorId: nation, kind: 'alias' }, { text: def.acronym, actorId: nation, kind: 'alias' });
          continue;
        }
        const known = this.namedWhole(def.longForm) ?? this.namedWhole(def.acronym);
        if (known) {
          const target = known.form.actorId;
          learned.push({ text: def.longForm, actorId: target, kind: 'acronym' }, { text: def.acronym, actorId: target, kind: 'acronym' });
        } else if (def.type) {
          const id = slugify(def.longForm);
          this.registry.define({ id, label: def.longForm, type: def.type, domains: [] });
          learned.push({ text: def.longForm, actorId: id, kind: 'acronym' }, { text: def.acronym, actorId: id, kind: 'acronym' });
        }
      }
    }
    if (learned.length) {
      this.forms.push(...learned);
      this.gazetteer = new Gazetteer(this.forms);
    }
  }

  /** The known form that is the whole of the text, if any. */
  private namedWhole(text: string): Match | undefined {
    return this.gazetteer.find(text).find((m) => m.start === 0 && m.end === text.length);
  }

  /**
   * "Australian Defence Force (ADF)", "Japan Self-Defense Forces (JSDF)": a country's own forces or institutions, which
   * act for it, not a body of their own.
   */
  private nationalBody(longForm: string): string | null {
    if (!NATIONAL_BODY_HEAD.test(longForm)) return null;
    const first = this.gazetteer.find(longForm)[0];
    return first && first.start === 0 && this.registry.get(first.form.actorId)?.type === 'country' ? first.form.actorId : null;
  }

  /** The country a document's publisher belongs to ("UK Ministry of Defence"), for officials it does not introduce. */
  homeCountry(doc: CorpusDocument): string | null {
    return this.publisher(doc, ['country']);
  }

  /** Who "we" are in a document: its publisher, a country or an organisation ("NATO", "European Commission"). */
  homeActor(doc: CorpusDocument): string | null {
    return this.publisher(doc, ['country', 'organisation']);
  }

  private publisher(doc: CorpusDocument, types: readonly string[]): string | null {
    if (!doc.source) return null;
    const found = new Set(this.gazetteer.find(doc.source).map((m) => m.form.actorId).filter((id) => types.includes(this.registry.get(id)?.type ?? '')));
    return found.size === 1 ? [...found][0]! : null;
  }

  /** Recognises the people a document introduces, so that later surname mentions resolve to them. */
  documentPeople(sentences: readonly Sentence[], home: string | null): DocumentPeople {
    const people = new DocumentPeople(home);
    const candidates = sentences.flatMap((sentence) => this.titledPeopleIn(sentence.text));
    // A name stated with its country anywhere in the document takes that country; only officials the document
    // never places fall back on the publisher's country (a "counterpart", or someone met "with", is someone else's).
    const placed = new Map<string, string>();
    for (const { candidate, explicit } of candidates) if (explicit && !placed.has(candidate.name)) placed.set(candidate.name, explicit);
    for (const { candidate, explicit, role, otherSide } of candidates) {
      if (!candidate.name.includes(' ') && people.byFirstName(candidate.name, candidate.honorific)) continue;
      const stated = explicit ?? placed.get(candidate.name) ?? null;
      // The publisher's country is a guess for an official it introduces, not for one already introduced unplaced.
      const introduced = people.byName(candidate.name) !== undefined;
      const actsFor = stated ?? (introduced || otherSide || /counterpart/iu.test(role) ? null : home);
      people.add(this.definePerson(candidate, actsFor, people, stated));
    }
    return people;
  }

  /** The people a sentence names by title, with the actor the title names and whether they are the other side. */
  private titledPeopleIn(text: string) {
    const found = sortSmall(findTitledPeople(text), (a, b) => a.start - b.start);
    let previous: { end: number; otherSide: boolean } | null = null;
    return found.map((candidate) => {
      // "… with Secretary X and Secretary Y": Y is on X's side.
      const otherSide =
        OTHER_SIDE_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start)) ||
        (previous !== null && previous.otherSide && JOINED.test(text.slice(previous.end, candidate.start)));
      previous = { end: candidate.end, otherSide };
      return { candidate, explicit: this.personAffiliation(text, candidate), role: text.slice(candidate.roleStart, candidate.roleEnd), otherSide };
    });
  }

  /**
   * @param stated the actor the document itself places them with ("Dutch Prime Minister Mark Rutte"): in this
   *   document it wins over what the lexicon or another document says (offices change hands).
   */
  private definePerson(candidate: PersonCandidate, actsFor: string | null, people: DocumentPeople, stated: string | null): LocalPerson {
    const known = this.gazetteer.find(candidate.name).find((m) => m.form.kind === 'person' && m.start === 0 && m.end === candidate.name.length);
    const existingLocal = people.byName(candidate.name);
    const id = known?.form.actorId ?? existingLocal?.id ?? slugify(candidate.name);
    const record = this.registry.define({ id, label: existingLocal?.label ?? candidate.name, type: 'person', domains: [] });
    if (!record.actsFor && actsFor) record.actsFor = actsFor;
    return {
      id,
      label: record.label,
      name: candidate.name,
      ...(candidate.honorific ? { honorific: candidate.honorific } : {}),
      ...(stated ? { actsFor: stated } : {}),
      ...(candidate.written ? { written: candidate.written } : {}),
    };
  }

  private personAffiliation(text: string, candidate: PersonCandidate): string | null {
    return this.affiliationAround(text, candidate) ?? this.affiliationAfter(text, candidate);
  }

  /** "President James Tanaka of Zambia". */
  private affiliationAfter(text: string, candidate: PersonCandidate): string | null {
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(candidate.nameEnd, candidate.nameEnd + 12));
    if (!of) return null;
    const rest = text.slice(candidate.nameEnd + of[0].length, candidate.nameEnd + of[0].length + 60);
    const match = this.gazetteer.find(rest).find((m) => m.start === 0);
    const record = match ? this.registry.get(match.form.actorId) : undefined;
    return record && (record.type === 'country' || record.type === 'organisation') ? record.id : null;
  }

  private affiliationAround(text: string, candidate: PersonCandidate): string | null {
    // Not across a comma or "and": in "President Yoon of South Korea, President Biden", Biden's title is his own.
    const before = afterListBreak(text.slice(Math.max(0, candidate.roleStart - 40), candidate.roleStart));
    // The two words before the title ("his Italian counterpart"), or a run of capitalised ones ("Indian External
    // Affairs Minister").
    const adjacent = ADJACENT_WORDS.exec(before);
    const capitalised = CAPITALISED_RUN_BEFORE.exec(before);
    const reach = Math.max(adjacent?.[0].length ?? 0, capitalised?.[0].length ?? 0);
    const windowStart = candidate.roleStart - reach;
    const window = text.slice(windowStart, Math.max(candidate.roleEnd, candidate.roleStart));
    const matches = this.gazetteer.find(window);
    for (const m of matches) {
      const record = this.registry.get(m.form.actorId);
      if (!record) continue;
      if (record.type === 'country' || record.type === 'organisation') return record.id;
      // "Biden's envoy" acts for Biden's country; in "President Biden and Prime Minister Kishida" Kishida does not.
      if (record.type === 'person' && record.actsFor && POSSESSIVE_AFTER.test(window.slice(m.end, m.end + 3))) return record.actsFor;
    }
    return null;
  }

  /** "Franco-German-Spanish", "Sino-Russian": a combining form right before another country's mention is a country. */
  private combiningForms(text: string, spans: Span[]): void {
    COMBINING_FORM.lastIndex = 0;
    for (let m = COMBINING_FORM.exec(text); m; m = COMBINING_FORM.exec(text)) {
      const after = m.index + m[0].length;
      const country = this.countries.byCode.get(COMBINING_FORMS[m[1]!]!);
      const next = spans.find((s) => s.start === after || (s.start > after && CHAINED_COMBINING_FORM.test(text.slice(after, s.start))));
      if (!country || !next || this.registry.get(next.actorId)?.type !== 'country') continue;
      spans.push({ start: m.index, end: m.index + m[1]!.length, actorId: country.id, surface: m[1]! });
    }
  }

  /** Every actor mentioned in a sentence, longest match first, people resolved to what they act for. */
  mentions(sentence: Sentence, people: DocumentPeople): Mention[] {
    const text = sentence.text;
    const spans: Span[] = [];
    for (const m of this.gazetteer.find(text)) {
      if (m.form.actorId === NOT_AN_ACTOR || insidePlaceName(text, m.start, m.end) || (m.form.kind === 'capital' && isVenue(text, m.start, m.end)) || (m.form.kind === 'demonym' && isEthnicGroup(text, m.start))) continue;
      spans.push({ start: m.start, end: m.end, actorId: m.form.actorId, surface: m.form.text });
    }
    if (text.includes('o-')) this.combiningForms(text, spans);
    for (const m of people.find(text)) spans.push(m);
    if (people.home) {
      // In a government's own statement, "the Prime Minister" or "the Government" with no name is that government.
      BARE_OFFICE.lastIndex = 0;
      for (let m = BARE_OFFICE.exec(text); m; m = BARE_OFFICE.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, actorId: people.home, surface: this.registry.get(people.home)!.label });
    }
    NAMED_OPERATION.lastIndex = 0;
    for (let m = text.includes('Operation ') || text.includes('Exercise ') ? NAMED_OPERATION.exec(text) : null; m; m = NAMED_OPERATION.exec(text)) {
      const label = `${m[1]} ${m[2]}`;
      const id = slugify(label);
      if (!this.registry.get(id)) this.registry.define({ id, label, type: 'programme', domains: m[1] === 'Exercise' ? ['defence'] : ['security'] });
      spans.push({ start: m.index, end: m.index + m[0].length, actorId: id, surface: label });
    }
    sortSmall(spans, (a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let reach = -1;
    for (const span of spans) {
      if (span.start < reach) continue;
      const record = this.registry.get(span.actorId);
      if (!record) continue;
      reach = span.end;
      const isPerson = record.type === 'person';
      const actsFor = isPerson ? (people.statedActsFor(record.id) ?? record.actsFor ?? null) : record.id;
      const actsForCountry = isPerson ? actsFor !== null && this.registry.get(actsFor)?.type === 'country' : record.type === 'country';
      mentions.push({ actorId: span.actorId, start: span.start, end: span.end, surface: span.surface, isPerson, actsFor, actsForCountry, isCity: this.countries.capitals.has(span.surface) });
    }
    return mentions;
  }
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  readonly surface: string;
}

interface LocalPerson {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly honorific?: string;
  /** The name as written when it is not written as `name` ("ZARZALEJOS, Javier"). */
  readonly written?: string;
  /** Whom the document says they act for, when it says so. */
  readonly actsFor?: string;
}

/** The people a document has introduced, found again by full name, surname or "Sir Michael". */
const surnameOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

export class DocumentPeople {
  private readonly people: LocalPerson[] = [];
  private readonly byFullName = new Map<string, LocalPerson>();
  private readonly bySurname = new Map<string, LocalPerson>();

  /** @param home the country of the document's publisher, whose unnamed officials ("the Prime Minister") it means. */
  constructor(readonly home: string | null = null) {}

  private gazetteer: Gazetteer | null = null;

  private readonly stated = new Map<string, string>();

  add(person: LocalPerson): void {
    this.people.push(person);
    if (person.actsFor && !this.stated.has(person.id)) this.stated.set(person.id, person.actsFor);
    if (!this.byFullName.has(person.name)) this.byFullName.set(person.name, person);
    if (person.name.includes(' ') && !this.bySurname.has(surnameOf(person.name))) this.bySurname.set(surnameOf(person.name), person);
    this.gazetteer = null;
  }

  /** Whom this document says the person acts for, if it says so. */
  statedActsFor(id: string): string | undefined {
    return this.stated.get(id);
  }

  byFirstName(first: string, honorific: string | undefined): LocalPerson | undefined {
    return this.people.find((p) => p.name.split(' ')[0] === first && p.name.includes(' ') && (!honorific || p.honorific === honorific));
  }

  byName(name: string): LocalPerson | undefined {
    return this.byFullName.get(name) ?? this.bySurname.get(surnameOf(name));
  }

  find(text: string): { start: number; end: number; actorId: string; surface: string }[] {
    if (!this.people.length) return [];
    if (!this.gazetteer) {
      const forms: SurfaceForm[] = [];
      for (const p of this.people) {
        const words = p.name.split(' ');
        forms.push({ text: p.name, actorId: p.id, kind: 'person' });
        if (words.length > 1) forms.push({ text: words[words.length - 1]!, actorId: p.id, kind: 'person' });
        if (p.honorific && words.length > 1) forms.push({ text: `${p.honorific} ${words[0]}`, actorId: p.id, kind: 'person' });
        if (p.written) forms.push({ text: p.written, actorId: p.id, kind: 'person' });
      }
      this.gazetteer = new Gazetteer(forms, 'indexOf');
    }
    return this.gazetteer.find(text).map((m: Match) => ({ start: m.start, end: m.end, actorId: m.form.actorId, surface: m.form.text }));
  }
}
