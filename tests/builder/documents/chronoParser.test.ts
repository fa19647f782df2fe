import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { casualDates } from '../../../src/builder/documents/chronoParser';

const REFERENCE = { instant: new Date(Date.UTC(2023, 1, 10, 12)), timezone: 0 };

const summary = (results: chrono.ParsedResult[]) =>
  results.map((r) => ({ index: r.index, text: r.text, start: r.start.date().getTime(), end: r.end?.date().getTime(), tags: [...r.tags()].sort() }));

const TEXTS = [
  'Italy-UK summit in Rome on 9 February at 10:30 pm.',
  'two weeks ago last Tuesday, when more than 500 migrants',
  'in service by 2035, 3/2021, 2023-02-10T10:00Z and 10/02/2023',
  'tonight, this morning, by the end of the month, in 3 days, 5 years later',
  'next week, +2 days, 2023 Feb 10, Sat. 4th of July 1999 at noon',
  'Readiness Joint Task Force this year, Italy will take on the',
  'The ministers met yesterday and will meet again next Monday',
  'No date here at all, just prose about cooperation.',
];

describe('casualDates', () => {
  it.each(TEXTS)('parses %j as chrono.parse does', (text) => {
    expect(summary(casualDates.parse(text, REFERENCE, { forwardDate: false }))).toEqual(summary(chrono.parse(text, REFERENCE, { forwardDate: false })));
  });

  it('finds dates in the texts above (the comparison is not between two empty lists)', () => {
    expect(TEXTS.filter((text) => casualDates.parse(text, REFERENCE).length > 0)).toHaveLength(TEXTS.length - 1);
  });
});
