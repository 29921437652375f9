// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, click, mount, unmountAll } from '../../tests/support/test-dom';
import { LoadFailed } from './LoadFailed';

describe('LoadFailed', () => {
  afterEach(unmountAll);

  it('announces the reason alone, and tries again on the button', async () => {
    const retry = vi.fn();
    const root = await mount(<LoadFailed message="Could not load your notes: <b>gone</b>" onRetry={retry} />);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Could not load your notes: <b>gone</b>');
    expect(alert?.querySelector('b')).toBeNull();
    await click(button(root, 'Try again'));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('cannot be pressed again while a retry is under way', async () => {
    const root = await mount(<LoadFailed message="Could not load what is due" onRetry={() => {}} retrying />);
    expect(button(root, 'Try again').disabled).toBe(true);
  });
});
