import { describe, expect, it } from 'vitest';
import { followUpDueAt, localParts } from './follow-up.js';

const CHICAGO = 'America/Chicago';

describe('follow-up due time from urgency', () => {
  it('today, during the day: within 2 hours', () => {
    // Wednesday 2026-03-04 10:15 in Chicago (CST, UTC-6) is 16:15 UTC.
    const now = new Date('2026-03-04T16:15:00Z');
    expect(followUpDueAt('today', now, CHICAGO).toISOString()).toBe('2026-03-04T18:15:00.000Z');
  });

  it('today, before the day starts: 10:00 that morning', () => {
    const now = new Date('2026-03-04T12:30:00Z'); // 06:30 local
    expect(followUpDueAt('today', now, CHICAGO).toISOString()).toBe('2026-03-04T16:00:00.000Z');
  });

  it('today, in the evening: 10:00 the next morning, even on a weekend', () => {
    const friday = new Date('2026-03-07T01:00:00Z'); // Friday 19:00 local
    expect(followUpDueAt('today', friday, CHICAGO).toISOString()).toBe('2026-03-07T16:00:00.000Z'); // Saturday
  });

  it('this week: noon of the next business day, skipping the weekend', () => {
    const wednesday = new Date('2026-03-04T16:15:00Z');
    expect(followUpDueAt('this-week', wednesday, CHICAGO).toISOString()).toBe('2026-03-05T18:00:00.000Z');
    const friday = new Date('2026-03-06T16:00:00Z');
    expect(followUpDueAt('this-week', friday, CHICAGO).toISOString()).toBe('2026-03-09T17:00:00.000Z'); // Monday, CDT
  });

  it('exploring: within 3 days', () => {
    const now = new Date('2026-03-04T16:15:00Z');
    expect(followUpDueAt('exploring', now, CHICAGO).toISOString()).toBe('2026-03-07T16:15:00.000Z');
  });

  it('reads the clock of the program, including half-hour zones', () => {
    const now = new Date('2026-03-04T02:00:00Z'); // 07:30 in Kolkata (UTC+5:30)
    expect(localParts(now, 'Asia/Kolkata')).toMatchObject({ hour: 7, minute: 30, weekday: 3 });
    expect(followUpDueAt('today', now, 'Asia/Kolkata').toISOString()).toBe('2026-03-04T04:30:00.000Z');
  });
});
