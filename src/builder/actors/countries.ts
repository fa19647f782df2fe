/**
 * Countries from the world-countries dataset (mledoze/countries): every country and territory with its common
 * and official names, alternative spellings, English demonyms and capitals, plus the lexicon's extra aliases.
 */
import worldCountries from 'world-countries';
import type { Lexicon } from './lexicon';
import { NOT_AN_ACTOR, type SurfaceForm } from './gazetteer';

export interface CountryRecord {
  readonly code: string;
  readonly id: string;
  readonly label: string;
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’()-]+$/u;

/** "United Kingdom" -> "united-kingdom": node ids readable in URLs. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An alternative spelling an English text may use. Long ones are official names in the country's own language
 * ("Independen Stet bilong Papua Niugini", "Sathalanalat Paxathipatai Paxaxon Lao"), which English news does not
 * write and which took the gazetteer's regex over the size V8 optimises (see gazetteer.ts).
 */
const usableAltSpelling = (alt: string, cca2: string): boolean =>
  ENGLISH_LETTERS.test(alt) &&
  !STARTS_LOWER_CASE.test(alt) && !alt.includes(',') && alt !== cca2 && (alt.length >= 3 || alt === 'UK' || alt === 'US') && alt.length <= MAX_ALT_SPELLING;
const MAX_ALT_SPELLING = 28;
/**
 * English text writes foreign names with Latin-1 accents at most ("Türkiye", "Côte d'Ivoire"); spellings with other
 * letters ("Azərbaycan Respublikası", "Mamlakat al-Baḥrayn") are the country's own and only cost gazetteer size.
 */
const ENGLISH_LETTERS = /^[A-Za-z\u00C0-\u00FF\d\s.'’()-]+$/;
/**
 * "the Abode of Peace", "weSwatini": a name that starts in lower case would be tried at every "t" and "w" of a text
 * (see the gazetteer's patterns by first letter), and English text does not name a country so.
 */
const STARTS_LOWER_CASE = /^[a-z]/;

export interface CountryGazetteer {
  readonly countries: readonly CountryRecord[];
  readonly forms: readonly SurfaceForm[];
  readonly byCode: ReadonlyMap<string, CountryRecord>;
  /** The capitals' names, whatever actor a lexicon makes them stand for ("Brussels": the EU). */
  readonly capitals: ReadonlySet<string>;
}

export function buildCountryGazetteer(lexicon: Lexicon): CountryGazetteer {
  const countries: CountryRecord[] = [];
  const capitals = new Set<string>();
  const candidates = new Map<string, { code: string; kind: SurfaceForm['kind']; independent: boolean }[]>();
  const add = (surface: string, code: string, kind: SurfaceForm['kind'], independent: boolean) => {
    const text = surface.trim();
    if (text.length < 2) return;
    const list = candidates.get(text) ?? [];
    if (!list.some((c) => c.code === code)) list.push({ code, kind, independent });
    candidates.set(text, list);
  };

  for (const c of worldCountries) {
    const record = { code: c.cca3, id: slugify(c.name.common), label: c.name.common };
    countries.push(record);
    const independent = c.independent === true;
    add(c.name.common, c.cca3, 'name', independent);
    add(c.name.official, c.cca3, 'name', independent);
    for (const alt of c.altSpellings) if (usableAltSpelling(alt, c.cca2)) add(alt, c.cca3, 'name', independent);
    const demonyms = c.demonyms?.eng;
    for (const demonym of new Set([demonyms?.m, demonyms?.f])) {
      if (!demonym) continue;
      add(demonym, c.cca3, 'demonym', independent);
      if (/(an|i)$/.test(demonym)) add(`${demonym}s`, c.cca3, 'demonym', independent);
    }
    for (const capital of c.capital ?? []) {
      if (!lexicon.ignoredCapitals.has(capital) && LATIN.test(capital)) {
        add(capital, c.cca3, 'capital', independent);
        capitals.add(capital);
      }
    }
  }
  for (const [code, aliases] of lexicon.countryAliases) for (const alias of aliases) add(alias, code, 'alias', true);

  const byCode = new Map(countries.map((c) => [c.code, c]));
  const forms: SurfaceForm[] = [];
  for (const [text, list] of candidates) {
    // A surface shared by several countries goes to the one sovereign state among them, else to nobody.
    const chosen = list.length === 1 ? list[0] : list.filter((c) => c.independent).length === 1 ? list.find((c) => c.independent) : list.find((c) => c.kind === 'alias');
    if (!chosen) continue;
    const record = byCode.get(chosen.code);
    if (!record) continue;
    forms.push({ text, actorId: record.id, kind: chosen.kind, ambiguous: lexicon.ambiguousNames.has(text) });
  }
  for (const name of lexicon.notActors) forms.push({ text: name, actorId: NOT_AN_ACTOR, kind: 'name' });
  return { countries, forms, byCode, capitals };
}
