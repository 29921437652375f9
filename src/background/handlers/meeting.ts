import { discardMeeting, endMeeting, getMeeting, saveMeeting, startMeeting } from '../../db/meeting';
import { loadSettings } from '../../db/settings';
import type { HandlerDeps, HandlerGroup } from './deps';

type MeetingMessages =
  | 'ui:getMeeting'
  | 'ui:startMeeting'
  | 'ui:saveMeeting'
  | 'ui:endMeeting'
  | 'ui:discardMeeting';

export function meetingHandlers({ db, now, onDataChanged }: HandlerDeps): HandlerGroup<MeetingMessages> {
  return {
    'ui:getMeeting': () => getMeeting(db),
    'ui:startMeeting': (input) => startMeeting(db, input, now()),
    'ui:saveMeeting': ({ meeting }) => saveMeeting(db, meeting),
    'ui:endMeeting': async () => {
      const held = await endMeeting(db, (await loadSettings(db)).followUps, now());
      await onDataChanged?.();
      return held;
    },
    'ui:discardMeeting': () => discardMeeting(db),
  };
}
