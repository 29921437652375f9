// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfile } from '../shared/profile';
import { createPageCapture } from './page-capture';
import type { Reading } from './page-ready';

const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const BEN = 'https://www.linkedin.com/in/ben-adeyemi/';

/** A page whose owner's sections link /in/<slug>/details/, as LinkedIn's do. */
function show(slug: string) {
  document.body.innerHTML = `<a href="/in/${slug}/details/skills/">Skills</a>`;
}

function setup() {
  let address = ADA;
  let shown: Reading = { profile: emptyProfile(ADA, 'Ada Okoro'), report: { layout: 'test', sections: {} } };
  const saved: [string, string][] = [];
  const capture = createPageCapture({
    doc: document,
    href: () => address,
    // The extractor files what it reads under the address, as extract.ts does.
    read: () => ({ ...shown, profile: { ...shown.profile, url: address } }),
    save: async (reading, pageUrl) => {
      saved.push([reading.profile.name, pageUrl]);
    },
  });
  return {
    capture,
    saved,
    goTo: (url: string) => {
      address = url;
    },
    render: (name: string, slug: string, experience = 0) => {
      show(slug);
      shown = {
        profile: {
          ...emptyProfile(address, name),
          experience: Array.from({ length: experience }, (_, i) => ({ title: `T${i}`, company: 'C' })),
        },
        report: { layout: 'test', sections: {} },
      };
    },
  };
}

describe('createPageCapture', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the person once the reading has held still', async () => {
    const page = setup();
    page.render('Ada Okoro', 'ada-okoro');
    const done = page.capture();
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(page.saved).toEqual([['Ada Okoro', ADA]]);
  });

  it('never saves the previous person under the next address, and saves the next once shown', async () => {
    const page = setup();
    page.render('Ada Okoro', 'ada-okoro');
    const first = page.capture();
    await vi.advanceTimersByTimeAsync(1000);
    await first;

    page.goTo(BEN);
    const second = page.capture();
    await vi.advanceTimersByTimeAsync(3000);
    expect(page.saved).toEqual([['Ada Okoro', ADA]]);

    page.render('Ben Adeyemi', 'ben-adeyemi');
    await vi.advanceTimersByTimeAsync(1000);
    await second;
    expect(page.saved).toEqual([
      ['Ada Okoro', ADA],
      ['Ben Adeyemi', BEN],
    ]);
  });

  it('captures sections that load later, and stops when the user leaves', async () => {
    const page = setup();
    page.render('Ada Okoro', 'ada-okoro');
    const done = page.capture();
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    page.render('Ada Okoro', 'ada-okoro', 3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(page.saved).toHaveLength(2);

    page.goTo(BEN);
    page.render('Ada Okoro', 'ada-okoro', 5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(page.saved).toHaveLength(2);
  });
});
