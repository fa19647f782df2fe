import { describe, expect, it } from 'vitest';
import { findDocumentDate } from '../../../src/builder/documents/documentDate';

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraph ${i} talks about relations between Italy and the UK.`).join('\n\n');

describe('findDocumentDate', () => {
  it.each([
    ['a "date" line with an ISO date, text following', ' date 2023-02-10 The statement was signed in Rome.', '2023-02-10'],
    ['a "Date:" line with a written date', 'Title\nDate: 10 February 2023\n\nText.', '2023-02-10'],
    ['a "Published on" line', 'Published on Feb. 9, 2017\n\nText.', '2017-02-09'],
    ['a dateline with a day-month-year date', 'ROME, 22 March 2012 — Italy and the UK met.', '2012-03-22'],
    ['a dateline with an agency and a month-day-year date', 'Headline\n\nLONDON (Reuters) - March 3, 2021 - The UK said.', '2021-03-03'],
    ['a dateline with an ordinal day', 'NEW YORK, 9th February 2017 – Talks began.', '2017-02-09'],
    ['a dateline with the agency after the date', 'Headline\nSEOUL, May 27, 2024 (Yonhap) -- The leaders met.', '2024-05-27'],
    ['a dateline with only a month', 'BRUSSELS, March 2021 — Ministers met.', '2021-03'],
    ['a date with a time and an update note under the byline', 'Headline\nBy Two Writers\nJuly 8, 2024 11:42 AM GMT+8 Updated 3 hours ago\n\nMANILA, July 8 (Reuters) - Talks.', '2024-07-08'],
    ['an "Updated" line with a time before the date', 'Headline\nUpdated 8:14 AM GMT+8, April 1, 2025\n\nText.', '2025-04-01'],
    ['a date and a time under a press-release label', 'Council of the EU\nPress release\n7 July 2023 14:30\n\nText.', '2023-07-07'],
    ['a place, a date and a section', 'Headline\nTokyo, 1 November 2024 · Defence & Security\n\nText.', '2024-11-01'],
    ['a byline with a date', 'Headline\nBy A. Writer · 18 October 2024\n\nText.', '2024-10-18'],
    ['a closing date alone on a line near the end', `${filler(8)}\n\n14 May 2025\n\n#### Publisher`, '2025-05-14'],
    ['a closing date with a place', `${filler(8)}\n\nRome, 3 June 2019.`, '2019-06-03'],
    ['a day.month.year date on a header line, as European institutions write it', 'Parliamentary question\n26.9.2023\nE-002790/2023\n\nText.', '2023-09-26'],
    ['a "Submitted:" line with a dotted date', 'Question for written answer\nSubmitted: 3.10.2023\n\nText.', '2023-10-03'],
    ['a treaty\'s signature formula', `TRILATERAL MEMORANDUM\n\n${filler(3)}\n\nDone in Madrid, on 28 June 2022, in three originals in the English language.\n\nRelated: Accession Protocols`, '2022-06-28'],
    ['a "Signed at" line', `Joint Declaration\n\n${filler(2)}\n\nSigned at Brussels on 3 March 2021.`, '2021-03-03'],
    ['the date line wins over a closing date', `date 2020-01-01\n${filler(4)}\n\n14 May 2025`, '2020-01-01'],
  ])('finds %s', (_name, text, iso) => {
    expect(findDocumentDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['no date at all', filler(5)],
    ['an empty text', ''],
    ['a year alone in a sentence', 'In 2019 the two countries signed a declaration.'],
    ['a date inside a sentence', 'On 9 February 2023 the ministers met in Rome.'],
    ['an impossible calendar date in a dateline', 'ROME, 30 February 2012 — Talks.'],
    ['a day and month without a year', 'ROME, 22 March — Talks.'],
    ['a dotted date that is not on the calendar', 'Question\n31.2.2023\n\nText.'],
  ])('returns null for %s', (_name, text) => {
    expect(findDocumentDate(text)).toBeNull();
  });

  it('reads a date alone on one of the first lines, under a headline', () => {
    expect(findDocumentDate(`Germany and Poland agree\n\nBerlin, 5 October 2023\n\n${filler(8)}`)?.iso).toBe('2023-10-05');
    expect(findDocumentDate(`14 May 2025\n\n${filler(8)}`)?.iso).toBe('2025-05-14');
  });

  it('gives the parts of the date as numbers', () => {
    expect(findDocumentDate('ROME, 22 March 2012 — x')).toEqual({ year: 2012, month: 3, day: 22, iso: '2012-03-22' });
  });
});
