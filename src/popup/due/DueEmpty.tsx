import { useEffect, useState } from 'preact/hooks';
import type { FollowUpSettings } from '../../shared/settings';
import { send } from '../../ui/messages';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What Rapport keeps track of, in the user's own numbers once the settings have loaded. */
function reminders(s: FollowUpSettings | undefined): string[] {
  return [
    `a thank-you within ${s ? plural(s.thankYouHours, 'hour') : '24 hours'} of a meeting`,
    s?.maxReplyNudges === 0
      ? 'no reply nudges (you turned them off)'
      : `a nudge when someone has not replied after ${s ? plural(s.replyNudgeDays, 'day') : 'a week'}`,
    `keeping people posted ${s ? plural(s.keepPostedWeeks, 'week') : 'a few weeks'} after you thank them`,
    `a check-in every ${s ? plural(s.checkInDays, 'day') : '90 days'} with people you have talked to`,
    'the action items you add',
  ];
}

export function DueEmpty() {
  const [settings, setSettings] = useState<FollowUpSettings | undefined>();
  useEffect(() => {
    // The numbers are a nicety: without them the general wording still says what to expect.
    send('ui:getSettings', {}).then(
      (s) => setSettings(s.followUps),
      () => undefined,
    );
  }, []);
  return (
    <section class="card due-empty" aria-labelledby="due-empty-title">
      <h3 id="due-empty-title">Nothing due today</h3>
      <p class="muted">Rapport will remind you here, and with a notification, about:</p>
      <ul>
        {reminders(settings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
