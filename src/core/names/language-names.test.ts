import { describe, expect, it } from 'vitest';
import { isEnglish, parseLanguage } from './language-names';

describe('parseLanguage', () => {
  it.each([
    ['Portuguese (Native or bilingual proficiency)', 'Portuguese', ['portuguese']],
    ['Português', 'Portuguese', ['portuguese']],
    ['Español - Fluent', 'Spanish', ['spanish']],
    ['Deutsch (C1)', 'German', ['german']],
    ['Chinese (Mandarin)', 'Chinese', ['chinese', 'mandarin']],
    ['हिन्दी', 'Hindi', ['hindi']],
    ['한국어', 'Korean', ['korean']],
    ['Tagalog', 'Tagalog', ['tagalog']],
    ['Svenska', 'Swedish', ['swedish']],
    ['Türkçe (Native)', 'Turkish', ['turkish']],
    ['Ελληνικά', 'Greek', ['greek']],
    ['Tiếng Việt', 'Vietnamese', ['vietnamese']],
    ['Castellano', 'Spanish', ['spanish']],
    ['中文 (普通话)', 'Chinese', ['chinese', 'mandarin']],
  ])('%s → %s', (text, display, keys) => {
    expect(parseLanguage(text)).toEqual({ display, keys });
  });

  it('ignores a blank entry', () => {
    expect(parseLanguage(' (Native) ')).toBeUndefined();
  });

  it('knows English however it is written', () => {
    const english = parseLanguage('English (Full professional proficiency)');
    expect(english && isEnglish(english)).toBe(true);
  });
});
