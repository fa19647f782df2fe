/** The sentence splitter: after . ! ? before a capital, digit or quote, except after abbreviations, initials and titles. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/builder/text/sentences';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['a month abbreviation before a day', 'The ministers met on Feb. 16 in Lima. They signed.', ['The ministers met on Feb. 16 in Lima.', 'They signed.']],
    ['dotted country abbreviations', 'The U.S. Navy and the U.K. delegation joined. Then Peru left.', ['The U.S. Navy and the U.K. delegation joined.', 'Then Peru left.']],
    ['initials', 'J. R. Tolkien met officials in Quito. Nobody spoke.', ['J. R. Tolkien met officials in Quito.', 'Nobody spoke.']],
    ['titles', 'Gen. Ortiz met Dr. Silva and Mr. Tan. Sir Alan Duncan spoke.', ['Gen. Ortiz met Dr. Silva and Mr. Tan.', 'Sir Alan Duncan spoke.']],
    ['question and exclamation marks and closing quotes', 'He asked: “Why?” Nobody answered! Then 2024 came.', ['He asked: “Why?”', 'Nobody answered!', 'Then 2024 came.']],
    ['"St." in a place name', 'Officials met in St. Petersburg. Talks ended.', ['Officials met in St. Petersburg.', 'Talks ended.']],
    ['"e.g." before a capital', 'Allies, e.g. France and Spain, agreed. Others did not.', ['Allies, e.g. France and Spain, agreed.', 'Others did not.']],
    ['stacked titles', 'Lt. Gen. Ortiz arrived. Prof. Dr. Hans Meyer spoke.', ['Lt. Gen. Ortiz arrived.', 'Prof. Dr. Hans Meyer spoke.']],
    ['a date ending a sentence after a month abbreviation', 'The vote came on Jan. 6. Talks followed.', ['The vote came on Jan. 6.', 'Talks followed.']],
    ['decimals', 'The fund holds 3.5 billion euros. It grew.', ['The fund holds 3.5 billion euros.', 'It grew.']],
    ['an ellipsis', 'He said... Then Peru agreed.', ['He said...', 'Then Peru agreed.']],
    ['a full stop before a lower-case word', 'The deal was signed in Lima. and then in Quito.', ['The deal was signed in Lima. and then in Quito.']],
  ])('%s', (_case, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('trims whitespace around sentences and skips empty text', () => {
    const text = '  Peru signed.   Chile agreed.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 30 },
    ]);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });
});
