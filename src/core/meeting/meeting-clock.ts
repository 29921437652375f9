import { MINUTE } from '../time-units';

/** When the quiet "wrap up" cue shows. */
export const WRAP_UP_MINUTES = 5;

export type MeetingPhase = 'running' | 'wrap-up' | 'over';

export interface MeetingClock {
  elapsedMs: number;
  /** Negative once the agreed time has passed. */
  remainingMs: number;
  phase: MeetingPhase;
}

/**
 * Where a meeting stands, from when it started and how long it was agreed to last: nothing is counted,
 * so a popup opened again or a worker restarted shows the same time. A clock set back before the start
 * reads as just started.
 */
export function meetingClock(startedAt: number, minutes: number, now: number): MeetingClock {
  const elapsedMs = Math.max(0, now - startedAt);
  const remainingMs = minutes * MINUTE - elapsedMs;
  const phase: MeetingPhase =
    remainingMs <= 0 ? 'over' : remainingMs <= WRAP_UP_MINUTES * MINUTE ? 'wrap-up' : 'running';
  return { elapsedMs, remainingMs, phase };
}

/** "4:05", "12:00", "1:02:03"; time past the end reads "+1:30". Whole seconds, rounded down. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '+' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

/** The meeting's length to record: whole minutes, at least one. */
export function heldMinutes(startedAt: number, endedAt: number): number {
  return Math.max(1, Math.round((endedAt - startedAt) / MINUTE));
}
