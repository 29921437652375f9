import { loadSettings } from '../../db/settings';
import { moveToStage } from '../../db/stage-move';
import type { HandlerDeps, HandlerGroup } from './deps';

export function stageMoveHandlers({ db, now, onDataChanged }: HandlerDeps): HandlerGroup<'ui:moveToStage'> {
  return {
    'ui:moveToStage': async ({ url, stage }) => {
      const result = await moveToStage(db, url, stage, (await loadSettings(db)).followUps, now());
      await onDataChanged?.();
      return result;
    },
  };
}
