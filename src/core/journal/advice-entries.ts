import type { Interaction } from '../../shared/interaction';
import type { AdviceEntry } from '../recurring-themes';

/** One piece of advice and the conversation it came from. */
export interface AdvicePiece extends AdviceEntry {
  interactionId: string;
  at: number;
}

/** Shorter than this is a heading or a stray word, not advice. */
const SHORTEST = 3;

/**
 * The pieces of advice in a conversation: the ones captured one by one in meeting mode, else each line of
 * the note (bullets and numbering taken off), since people write one point a line.
 */
export function advicePieces(interaction: Interaction): AdvicePiece[] {
  const captured = interaction.advice?.filter((a) => a.trim().length >= SHORTEST);
  const lines =
    captured && captured.length > 0
      ? captured
      : (interaction.note ?? '')
          .split(/\r\n|\r|\n/)
          .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s*/, '').trim())
          .filter((line) => line.length >= SHORTEST);
  return lines.map((text, i) => ({
    id: `${interaction.id}#${i}`,
    contactId: interaction.contactUrl,
    text: text.trim(),
    interactionId: interaction.id,
    at: interaction.at,
  }));
}
