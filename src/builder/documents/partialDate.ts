/** Building and checking `PartialDate`s: a year, optionally a month, optionally a day, all on a real calendar. */
import type { PartialDate } from '../types';

const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A `PartialDate` when the parts form a real calendar date (2023-02-30 does not), else null. */
export function partialDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === undefined) return { year, iso: pad(year, 4) };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, iso: `${pad(year, 4)}-${pad(month, 2)}` };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the shape or the calendar is wrong. */
export function parseIsoPartialDate(text: string): PartialDate | null {
  const match = ISO_PARTIAL_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  return partialDate(Number(year), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day));
}
