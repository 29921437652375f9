import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.config';

describe('the manifest', () => {
  it('offers a keyboard shortcut that opens the popup', async () => {
    const resolved =
      typeof manifest === 'function' ? await manifest({ command: 'build', mode: 'production' }) : manifest;
    const command = (resolved as { commands?: Record<string, { suggested_key?: { default?: string } }> })
      .commands?._execute_action;
    expect(command?.suggested_key?.default).toBe('Alt+Shift+R');
  });
});
