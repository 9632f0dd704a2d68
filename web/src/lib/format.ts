const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeOnly.format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday", "just now". */
export function formatRelative(iso: string, now = Date.now()): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const deltaSeconds = Math.round((time - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(deltaSeconds) >= size) return relative.format(Math.round(deltaSeconds / size), unit);
  }
  return 'just now';
}

// Local dates (YYYY-MM-DD) are calendar days in the account's time zone: read and shifted as UTC days,
// so no browser offset moves them to the day before.
const dayOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayShortWithYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MS = 24 * 3600 * 1000;

function parseDay(ymd: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** The day in that format; a value that is not a day stays as it is. */
function formatWith(format: Intl.DateTimeFormat, ymd: string): string {
  const date = parseDay(ymd);
  return date ? format.format(date) : ymd;
}

/** "30 Nov 2026" for 2026-11-30. */
export function formatDay(ymd: string): string {
  return formatWith(dayOnly, ymd);
}

/** "30 Nov": chart axes. */
export function formatShortDay(ymd: string): string {
  return formatWith(dayShort, ymd);
}

/**
 * Chart labels for a run of days: "30 Nov", or "30 Nov 2025" on every label once the days fall in more than one year,
 * so no two labels of a long history read alike (on the axis or in the table view).
 */
export function formatShortDays(ymds: string[]): string[] {
  const format = new Set(ymds.map((ymd) => ymd.slice(0, 4))).size <= 1 ? dayShort : dayShortWithYear;
  return ymds.map((ymd) => formatWith(format, ymd));
}

/** The calendar day `days` after (or before) `ymd`. */
export function addDays(ymd: string, days: number): string {
  const date = parseDay(ymd);
  return date ? new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10) : ymd;
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The Monday that starts the ISO week of `ymd`. */
export function mondayOf(ymd: string): string {
  const date = parseDay(ymd);
  return date ? addDays(ymd, -((date.getUTCDay() + 6) % 7)) : ymd;
}
