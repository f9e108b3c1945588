import { describe, expect, it } from 'vitest';
import { isOverdue, isWaitingTooLong, type QueueItem, sortQueue } from './queue.js';

const now = new Date('2026-03-04T16:00:00Z');
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * 3_600_000);
const item = (id: string, over: Partial<QueueItem>): QueueItem & { id: string } => ({
  id,
  status: 'new',
  urgency: 'exploring',
  followUpDueAt: at(24),
  createdAt: at(-1),
  lastContactAt: null,
  ...over,
});

describe('admissions queue', () => {
  it('orders urgent-today first, then overdue, then by due time, finished ones last', () => {
    const items = [
      item('later', { followUpDueAt: at(48) }),
      item('closed', { status: 'closed', followUpDueAt: at(-10) }),
      item('overdue-2', { urgency: 'this-week', followUpDueAt: at(-2) }),
      item('today-late', { urgency: 'today', followUpDueAt: at(2) }),
      item('sooner', { followUpDueAt: at(5) }),
      item('overdue-5', { urgency: 'exploring', followUpDueAt: at(-5) }),
      item('today-overdue', { urgency: 'today', followUpDueAt: at(-1) }),
    ];
    expect(sortQueue(items, now).map((i) => i.id)).toEqual([
      'today-overdue',
      'today-late',
      'overdue-5',
      'overdue-2',
      'sooner',
      'later',
      'closed',
    ]);
  });

  it('breaks ties by who asked first', () => {
    const a = item('first', { createdAt: at(-3) });
    const b = item('second', { createdAt: at(-2) });
    expect(sortQueue([b, a], now).map((i) => i.id)).toEqual(['first', 'second']);
  });

  it('flags overdue only for open inquiries past their due time', () => {
    expect(isOverdue(item('x', { followUpDueAt: at(-0.01) }), now)).toBe(true);
    expect(isOverdue(item('x', { followUpDueAt: at(0.01) }), now)).toBe(false);
    expect(isOverdue(item('x', { status: 'admitted', followUpDueAt: at(-1) }), now)).toBe(false);
  });

  it('waiting too long: open, never contacted, older than the configured hours', () => {
    expect(isWaitingTooLong(item('x', { createdAt: at(-4) }), now, 4)).toBe(true);
    expect(isWaitingTooLong(item('x', { createdAt: at(-3.9) }), now, 4)).toBe(false);
    expect(isWaitingTooLong(item('x', { createdAt: at(-9), lastContactAt: at(-1) }), now, 4)).toBe(false);
    expect(isWaitingTooLong(item('x', { createdAt: at(-9), status: 'closed' }), now, 4)).toBe(false);
    expect(isWaitingTooLong(item('x', { createdAt: at(-2) }), now, 1)).toBe(true);
  });
});
