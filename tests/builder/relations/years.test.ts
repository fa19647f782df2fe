/** The year of an edge: from the sentence's dates resolved against the document's date, else the paragraph's, else the document's. */
import { describe, expect, it } from 'vitest';
import { findYears } from '../../../src/builder/relations/years';
import { graphOf, partialDate } from '../factories';

const yearsOf = (text: string, date: string | null = '2024-06-15'): (number | null)[] => graphOf(text, { date }).edges.map((e) => e.year);

const yearsByPair = (text: string): string[] =>
  graphOf(text, { date: '2024-06-15' }).edges.map((e) => `${[e.source, e.target].sort().join('~')}:${e.year}`).sort();

describe('edge years', () => {
  it.each([
    ['an explicit year', 'Kenya and Uganda signed a treaty in 2019.', 2019],
    ['a month and year', 'Kenya and Uganda signed a treaty in March 2021.', 2021],
    ['"on 9 February", resolved against the document date', 'Kenya and Uganda signed a treaty on 9 February.', 2024],
    ['"last November"', 'Kenya and Uganda signed a treaty last November.', 2023],
    ['"this year"', 'Kenya and Uganda signed a treaty this year.', 2024],
    ['a future target "by 2035" ignored', 'Kenya and Uganda signed a treaty to build a railway by 2035.', 2024],
    ['a year later than the document ignored', 'Kenya and Uganda signed a treaty in 2027.', 2024],
    ['no date in the sentence: the document’s year', 'Kenya and Uganda signed a treaty.', 2024],
  ])('%s', (_case, text, year) => {
    expect(yearsOf(text)).toEqual([year]);
  });

  it('a month later in the year than the document falls back to the previous year', () => {
    expect(yearsOf('Kenya and Uganda signed a treaty in November.', '2024-06-15')).toEqual([2023]);
  });

  it('carries a date over to the following sentences of the same paragraph, not to the next paragraph', () => {
    const graph = graphOf('In 2018 Kenya and Uganda held talks in Nairobi. Kenya and Uganda later signed a treaty.\n\nKenya and Uganda met again.');
    const byRelation = graph.edges.map((e) => `${e.relation}:${e.year}`).sort();
    expect(byRelation).toEqual(['agreement:2018', 'meeting:2018', 'meeting:2024']);
  });

  it('gives year null for an undated document whose sentences give no year', () => {
    expect(yearsOf('Kenya and Uganda signed a treaty.', null)).toEqual([null]);
  });

  it('takes an explicit year even in an undated document', () => {
    expect(yearsOf('Kenya and Uganda signed a treaty in 2019.', null)).toEqual([2019]);
  });

  it('takes the year nearest the pair when a sentence has several', () => {
    const graph = graphOf('After talks in 2015 between Chile and Peru, Kenya and Uganda signed a treaty in 2021.');
    const edge = graph.edges.find((e) => [e.source, e.target].sort().join('|') === 'kenya|uganda');
    expect(edge?.year).toBe(2021);
  });

  it.each([
    ['"since 2015" (an ongoing state, not an event)', 'Ghana has cooperated with Togo since 2015 on maritime security.', 2024],
    ['"in early 2020"', 'In early 2020 Ghana and Togo signed a maritime accord.', 2020],
    ['"two years ago"', 'Ghana and Togo signed an accord two years ago.', 2022],
    ['"on 3 December", later in the year than the document: the previous December', 'Ghana and Togo signed an accord on 3 December.', 2023],
  ])('%s', (_case, text, year) => {
    expect(yearsOf(text)).toEqual([year]);
  });

  it('reads "last March" written in March as a year back, and "last January" as this year', () => {
    expect(yearsOf('Ghana and Togo signed an accord last March.', '2025-03-05')).toEqual([2024]);
    expect(yearsOf('Ghana and Togo signed an accord last January.', '2025-03-05')).toEqual([2025]);
  });

  it('dates each object by the year stated with it', () => {
    const graph = graphOf('Ghana signed agreements with Togo in 2019 and with Benin in 2021.');
    const years = Object.fromEntries(graph.edges.map((e) => [[e.source, e.target].sort().join('~'), e.year]));
    expect(years).toEqual({ 'ghana~togo': 2019, 'benin~ghana': 2021 });
  });

  it('does not read a decade as a year', () => {
    expect(yearsOf('Ghana and Togo signed an accord in the 2010s.')).toEqual([2024]);
  });

  it('a weekday just before the document date is in the document’s year', () => {
    expect(yearsOf('Kenya and Uganda signed a treaty on Monday.', '2024-06-12')).toEqual([2024]);
  });

  it('a weekday in a document dated at the end of the week stays in the document’s year', () => {
    expect(yearsOf('Kenya and Uganda signed a treaty on Monday.', '2024-06-15')).toEqual([2024]);
  });
});

describe('years in asides and relative years', () => {

  it('keeps a date inside a relative clause for the pair named there, not for the pair outside it', () => {
    expect(yearsByPair('Manila, which has a defence treaty with Washington signed in 1951, has also been expanding security ties with Australia.')).toEqual([
      'australia~philippines:2024',
      'philippines~united-states:1951',
    ]);
  });

  it('dates the pair by a relative clause that describes one of them and names no one else', () => {
    expect(yearsByPair('Romania and Moldova held talks. The two countries, which signed a strategic partnership in 2010, now plan a power line.')).toContain('moldova~romania:2010');
  });

  it('keeps a date in a participle phrase for the actor it follows, not for another pair', () => {
    expect(yearsByPair("NATO welcomed Sweden after its accession this year, and Finland's membership, completed in April 2023, has strengthened NATO.")).toEqual(
      expect.arrayContaining(['finland~nato:2023', 'nato~sweden:2024']),
    );
    expect(yearsByPair('The accord between Ghana and Togo, signed in 2018, has deepened their ties.')).toContain('ghana~togo:2018');
    expect(yearsByPair('AUKUS is the security partnership between Australia, the UK and the US, announced in 2021.')).toContain('australia~united-kingdom:2021');
  });

  it('gives each subject its own year with "respectively"', () => {
    expect(yearsByPair('Finland and Sweden joined NATO in 2023 and 2024 respectively.')).toEqual(expect.arrayContaining(['finland~nato:2023', 'nato~sweden:2024']));
  });

  it('counts "a year later" and "the following year" from the year just given, in the sentence or the paragraph', () => {
    expect(yearsByPair('Ghana and Togo signed an accord in 2015, and Benin and Niger signed one two years later.')).toEqual(['benin~niger:2017', 'ghana~togo:2015']);
    expect(yearsByPair('Ghana and Togo signed an accord in 2019. The following year Ghana and Togo held talks in Accra.')).toEqual(['ghana~togo:2019', 'ghana~togo:2020']);
  });

  it('dates a month named without a year in the year the paragraph is at, not the document’s', () => {
    expect(yearsByPair('In the summer of 2021 Ghana and Togo held talks. In November Ghana and Togo signed an accord.\n\nIn March Benin and Niger met.')).toEqual([
      'benin~niger:2024',
      'ghana~togo:2021',
      'ghana~togo:2021',
    ]);
    expect(yearsByPair('In 2021 Ghana and Togo held talks. Last November Ghana and Togo signed an accord.')).toEqual(['ghana~togo:2021', 'ghana~togo:2023']);
  });

  it('does not carry a year from a backward look ("since … in 1960") to the next sentence', () => {
    expect(yearsByPair('It is the first accord Ghana has signed since its pact with Togo was signed in 1960. It will deepen ties between Ghana and Benin.')).toContain(
      'benin~ghana:2024',
    );
  });

  it('gives no relative year without a year to count from, nor one after the document', () => {
    expect(yearsByPair('Ghana and Togo held talks the following year.')).toEqual(['ghana~togo:2024']);
    expect(yearsByPair('Ghana and Togo signed an accord in 2024, and Benin and Niger signed one a year later.')).toEqual(['benin~niger:2024', 'ghana~togo:2024']);
  });
});

describe('findYears', () => {
  it('gives each date’s year and position', () => {
    const text = 'Signed in 2018 and renewed in March 2021.';
    expect(findYears(text, partialDate('2024-06-15'))).toEqual([
      { year: 2018, start: text.indexOf('in 2018'), end: text.indexOf('in 2018') + 'in 2018'.length, anchored: true },
      expect.objectContaining({ year: 2021, anchored: true }),
    ]);
  });

  it('tells a year that names a thing ("the 2007 plan") from one that dates something', () => {
    expect(findYears('Rabat backed the 2007 autonomy plan and Russia’s 2022 invasion ended it in 2023.', partialDate('2024')).map((y) => [y.year, y.anchored])).toEqual([
      [2007, false],
      [2022, false],
      [2023, true],
    ]);
  });

  it('dates a pair by the year that dates the act, not by the year that names its object', () => {
    expect(yearsOf('Spain and Morocco signed a deal on the 2007 autonomy plan in 2022.')).toEqual([2022]);
  });

  it('dates an agreement by the year that names it ("under a 2017 deal"), as "in 2017" would', () => {
    expect(findYears('under a 2017 deal, and the 2006 Agreement between them', partialDate('2024')).map((y) => [y.year, y.anchored])).toEqual([
      [2017, true],
      [2006, true],
    ]);
    expect(yearsByPair('Turkey bought the S-400 system from Russia under a 2017 deal, and the first parts arrived in July 2019.')).toEqual(['russia~turkiye:2017']);
  });

  it('does not keep the story at the year of an agreement it names', () => {
    expect(yearsByPair('A Russian base remains in Tajikistan under a 2012 agreement. Tajikistan criticised Afghanistan.')).toContain('afghanistan~tajikistan:2024');
  });

  it('ties "May last year" to the document, not to the year the story is at, and a later bare month in the sentence to it', () => {
    const text = 'In May last year Moldova signed a partnership with the EU, and in June the Union opened talks with Chișinău.';
    expect(findYears(text, partialDate('2025-02-20'), 2023).map((y) => y.year)).toEqual([2024, 2024, 2024]);
    expect(findYears('In June the Union opened talks.', partialDate('2025-02-20'), 2023).map((y) => y.year)).toEqual([2023]);
  });

  it('reads "the night of 9 to 10 November" as a bare month, which takes the year the story is at', () => {
    expect(findYears('On the night of 9 to 10 November, they signed a statement.', partialDate('2024-12-10'), 2020).map((y) => y.year)).toEqual([2020]);
  });

  it('keeps the story at the year that dates something, not one that names a thing', () => {
    expect(yearsOf('In 2022 Spain backed the 2007 autonomy plan. Spain and Morocco then signed a roadmap.')).toEqual([2022]);
  });

  it('ignores years that are quantities, ranges or targets', () => {
    expect(findYears('The force of 2000 troops, deployed for 2015-2020, will be ready by 2030.', partialDate('2024'))).toEqual([]);
  });

  it('reads a month’s abbreviation with its period or next to a day, not inside a name', () => {
    const date = partialDate('2024-06-15');
    expect(findYears('Svalbard and Jan Mayen signed nothing.', date)).toEqual([]);
    expect(findYears('They met on Feb. 16 and again on 3 Mar in Oslo.', date).map((y) => y.year)).toEqual([2024, 2024]);
    expect(findYears('They met on Dec 3 in Oslo.', date).map((y) => y.year)).toEqual([2023]);
  });

  it('ignores relative dates when there is no document date', () => {
    expect(findYears('They met last November.', null)).toEqual([]);
    // chrono-node would date these from today's date.
    expect(findYears('They met last week, again on Monday, and will meet next month.', null)).toEqual([]);
    expect(findYears('They met on 9 February 2021.', null).map((y) => y.year)).toEqual([2021]);
  });
});
