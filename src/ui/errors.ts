/** The words to show for a failed request: the background's own message when it gave one. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
