// Rapport promises no network requests at all. The content security policy makes the browser refuse them
// before they are made, so even a bug (or a dependency) that tries cannot reach the network: a request the
// policy blocks never reaches the network layer (here, the route that would answer it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from '../../scripts/lib/launch';
import { openSocketFrom, startWebSocketProbe } from '../support/websocket-probe';

const PROBE = 'https://probe.rapport-test.example';

let rapport: Rapport;
/** Probe requests that got past the policy to the network layer. */
const hits: string[] = [];

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.context.route(`${PROBE}/**`, (route) => {
    hits.push(route.request().url());
    return route.abort('internetdisconnected');
  });
});

afterAll(async () => {
  await rapport?.close();
});

const reached = (tag: string) => hits.filter((url) => url.startsWith(`${PROBE}/${tag}/`));

describe('the content security policy of Rapport’s pages and worker', () => {
  for (const path of ['src/options/index.html', 'src/popup/index.html']) {
    it(`refuses fetch and images to the network from ${path}`, async () => {
      const page = await rapport.openPage(path);
      const tag = path.split('/')[1];
      const outcome = await page.evaluate(async (base) => {
        const fetched = await fetch(`${base}/fetch`).then(
          () => 'loaded',
          () => 'refused',
        );
        const image = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('refused');
          img.src = `${base}/image.png`;
        });
        return { fetched, image };
      }, `${PROBE}/${tag}`);
      expect(outcome).toEqual({ fetched: 'refused', image: 'refused' });
      // Give a request that did leave a moment to be reported, then check none did.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reached(tag as string)).toEqual([]);
      await page.close();
    });
  }

  it('refuses fetch to the network from the service worker', async () => {
    const fetched = await rapport.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'refused',
        ),
      `${PROBE}/worker/fetch`,
    );
    expect(fetched).toBe('refused');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reached('worker')).toEqual([]);
  });

  it('blocks a WebSocket from the worker and the pages to this computer while sync is off', async () => {
    // The CSP must let sync's ws:// reach a loopback port; with sync off, the socket guards refuse them all.
    const probe = await startWebSocketProbe();
    try {
      expect(await openSocketFrom(rapport.worker, probe.url)).toBe('refused');
      const page = await rapport.openPage('src/options/index.html');
      expect(await openSocketFrom(page, probe.url)).toBe('refused');
      await page.close();
      expect(probe.connections()).toBe(0);
    } finally {
      await probe.close();
    }
  });

  it('declares the policy in the built manifest', async () => {
    const policy = await rapport.worker.evaluate(
      () => chrome.runtime.getManifest().content_security_policy as { extension_pages?: string },
    );
    // Only sync's WebSocket may connect (ws:// to 127.0.0.1, wss:// elsewhere): no http(s) at all.
    const connect = /connect-src ([^;]*)/.exec(policy?.extension_pages ?? '')?.[1]?.split(' ');
    expect(connect).toEqual(['ws://127.0.0.1:*', 'wss:']);
    expect(policy?.extension_pages).toMatch(/img-src 'self' data:/);
    expect(policy?.extension_pages).toMatch(/object-src 'none'/);
  });
});
