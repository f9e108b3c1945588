import type { Urgency } from '../../shared/admissions.js';

/**
 * When the admissions team must next reach the person, from the urgency they chose (issue 5 part 1). Haven's
 * own simple service targets, not a clinical rule; times are read on the program's clock (`timeZone`):
 *
 * - today: within 2 hours during the day (08:00-18:00). Before 08:00 -> 10:00 that morning; after 18:00 ->
 *   10:00 the next morning (weekends included: someone asking for help today is not left until Monday).
 * - this-week: by noon of the next business day (Monday to Friday).
 * - exploring: within 3 days.
 */
export const DAY_STARTS_HOUR = 8;
export const DAY_ENDS_HOUR = 18;
export const TODAY_WITHIN_HOURS = 2;
export const MORNING_DUE_HOUR = 10;
export const THIS_WEEK_DUE_HOUR = 12;
export const EXPLORING_WITHIN_DAYS = 3;

const HOUR = 3_600_000;

export function followUpDueAt(urgency: Urgency, now: Date, timeZone: string): Date {
  if (urgency === 'exploring') return new Date(now.getTime() + EXPLORING_WITHIN_DAYS * 24 * HOUR);
  const local = localParts(now, timeZone);
  if (urgency === 'today') {
    if (local.hour < DAY_STARTS_HOUR) return zonedDate(local, 0, MORNING_DUE_HOUR, timeZone);
    if (local.hour >= DAY_ENDS_HOUR) return zonedDate(local, 1, MORNING_DUE_HOUR, timeZone);
    return new Date(now.getTime() + TODAY_WITHIN_HOURS * HOUR);
  }
  // this-week: the next Monday-to-Friday day after today.
  let add = 1;
  while (isWeekend((local.weekday + add) % 7)) add += 1;
  return zonedDate(local, add, THIS_WEEK_DUE_HOUR, timeZone);
}

const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock date and time of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

/** The instant when the wall clock in `timeZone` shows `hour`:00 on the local date `addDays` after `local`. */
function zonedDate(local: LocalParts, addDays: number, hour: number, timeZone: string): Date {
  const wanted = Date.UTC(local.year, local.month - 1, local.day + addDays, hour);
  // Guess the instant as if the zone were UTC, then correct by the zone's offset at that instant (twice, so a
  // daylight-saving change between the guess and the answer is absorbed).
  let instant = wanted;
  for (let i = 0; i < 2; i += 1) {
    const seen = localParts(new Date(instant), timeZone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    instant += wanted - seenAsUtc;
  }
  return new Date(instant);
}
