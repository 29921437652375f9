import { errorText } from '../errors';

/** Copies text for the user, and says in words what happened, for a status line. */
export async function copyForUser(text: string, what: string): Promise<{ ok: boolean; message: string }> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true, message: `Copied ${what}.` };
  } catch (e) {
    return { ok: false, message: `Could not copy ${what}: ${errorText(e)}` };
  }
}
