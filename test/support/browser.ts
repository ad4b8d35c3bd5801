// Debian's Chromium driven by playwright-core, for the browser tests: a page that records its console errors and every
// request that would leave the origin under test, which is refused.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 ${CHROMIUM}：请安装 Debian 的 chromium 与 fonts-noto-cjk（.ci/run 会自动安装）。`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface GuardedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to anywhere but `origin`: refused, and listed so a test can assert there are none. */
  external: string[];
}

export async function guardedPage(browser: Browser, origin: string): Promise<GuardedPage> {
  // Fluent's accordion panels open with a 200 ms animation, and the tests click a finding inside one at once. CI once
  // waited in vain for that click's selection; it did not happen again here, even with the CPU slowed 16 times, so a
  // click landing mid-animation is the likely cause. With reduced motion, the panel opens in 1 ms.
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce', acceptDownloads: true });
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { page, errors, external };
}
