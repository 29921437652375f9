/** Titles that come before a name and are not how one greets someone by first name. */
const HONORIFICS = new Set([
  'dr',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'sir',
  'dame',
  'rev',
  'hon',
]);

/**
 * The name to greet someone by: "Dr. Jane Doe, PhD 🌱" → "Jane". Brackets (nicknames, maiden names),
 * credentials after a comma, emoji and a leading title are set aside; an initial defers to the next
 * name ("J. Robert Oppenheimer" → "Robert"). Names written without spaces are returned whole.
 */
export function firstNameOf(fullName: string): string {
  const words = (
    fullName
      .normalize('NFC')
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .split(',')[0] ?? ''
  )
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}'’.-]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
  while (words.length > 1 && HONORIFICS.has((words[0] ?? '').replace(/\.$/, '').toLowerCase())) words.shift();
  const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);
  const first = words.find((word, index) => index === words.length - 1 || !isInitial(word)) ?? '';
  return isInitial(first) ? first : first.replace(/\.$/, '');
}
