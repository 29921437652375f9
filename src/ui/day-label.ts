import { startOfLocalDay } from '../core/follow-ups/upcoming';

/** A day group's heading: "Overdue", "Today", "Tomorrow", else the weekday and date ("Thursday 12 March"). */
export function dayLabel(day: 'overdue' | number, now: number, locale?: string): string {
  if (day === 'overdue') return 'Overdue';
  if (day <= startOfLocalDay(now)) return 'Today';
  if (day === startOfLocalDay(now, 1)) return 'Tomorrow';
  return new Date(day).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });
}
