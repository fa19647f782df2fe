/** Character tests shared by the builder's backward and forward scans over a text. */

/** A space, a newline or a tab: what separates words in the builder's texts. */
export const isSpace = (ch: string): boolean => ch === ' ' || ch === '\n' || ch === '\t';
