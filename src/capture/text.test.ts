import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/fixtures/linkedin/load-page';
import { beforeDot, linesOf, textOf } from './text';

const page = parsePage('<html><body></body></html>');
afterAll(() => page.close());
const el = (html: string): Element => {
  const div = page.document.createElement('div');
  div.innerHTML = html;
  return div;
};
const lines = (html: string, stop?: string) => linesOf(el(html), stop).map((line) => line.text);

describe('linesOf', () => {
  it('reads the visible copy of doubled text, never the screen-reader copy', () => {
    expect(
      lines(`<span class="t-14"><span aria-hidden="true">Jan 2020 - Present · 4 yrs</span>
        <span class="visually-hidden">Jan 2020 to Present · 4 yrs</span></span>`),
    ).toEqual(['Jan 2020 - Present · 4 yrs']);
  });

  it('keeps text around inline elements on one line and sibling blocks apart', () => {
    expect(lines('<p><time>Jul 2021</time> - Present</p><p>Lisbon</p>')).toEqual([
      'Jul 2021 - Present',
      'Lisbon',
    ]);
  });

  it('splits spans that follow words, which CSS prints after a dot', () => {
    expect(lines('<p>Acme Corp <span class="separator">Full-time</span></p>')).toEqual([
      'Acme Corp',
      'Full-time',
    ]);
  });

  it('keeps spans joined by mere punctuation on one line', () => {
    expect(lines('<h4><span>M.S.</span>, <span>Biology</span></h4>')).toEqual(['M.S., Biology']);
  });

  it('leaves out buttons, labels, dialogs, in-page links and whatever matches stop', () => {
    expect(
      lines(
        `<p>Title</p><button>Show more</button><label>See 11+</label><section role="dialog"><p>Sign in</p></section>
        <a href="#experience">Acme</a><ul><li>Nested</li></ul>`,
        'ul',
      ),
    ).toEqual(['Title']);
  });
});

describe('textOf', () => {
  it('turns line breaks into spaces and collapses whitespace', () => {
    expect(textOf(el('<p>First.<br><br>Second\n   line.</p>'))).toBe('First. Second line.');
  });
});

describe('beforeDot', () => {
  it('cuts the employment type LinkedIn appends', () => {
    expect(beforeDot('Fin Assistant. (2015 - 2019) · Full-time')).toBe('Fin Assistant. (2015 - 2019)');
    expect(beforeDot(undefined)).toBeUndefined();
  });
});
