import { absoluteTime, relativeTime } from './format';

/** A moment in words ("in 2 days"), with the full date and time on hover and for assistive technology. */
export function When({ at, now, text }: { at: number; now: number; text?: string }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {text ?? relativeTime(at, now)}
    </time>
  );
}
