/**
 * The combining forms of country names in compound adjectives: "Franco-German", "Sino-Russian", "Anglo-Italian".
 * They stand for their country only before a hyphen and another country ("Indo-Pacific", "Anglo-Saxon" are not).
 * world-countries has demonyms, not these, so the common ones are listed here (ISO 3166 alpha-3).
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Anglo: 'GBR',
  Austro: 'AUT',
  Belgo: 'BEL',
  Dano: 'DNK',
  Franco: 'FRA',
  Germano: 'DEU',
  Greco: 'GRC',
  Hispano: 'ESP',
  Hungaro: 'HUN',
  Indo: 'IND',
  Italo: 'ITA',
  Luso: 'PRT',
  Nippo: 'JPN',
  Polono: 'POL',
  Russo: 'RUS',
  Serbo: 'SRB',
  Sino: 'CHN',
  Turco: 'TUR',
};

/** "Franco-" before a capital: a candidate, kept only when a country's mention follows the hyphen. */
export const COMBINING_FORM = new RegExp(`\\b(${Object.keys(COMBINING_FORMS).join('|')})-(?=\\p{Lu})`, 'gu');
