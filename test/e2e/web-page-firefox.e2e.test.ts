// The web page in Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (Playwright needs its
// own patched Firefox, which cannot be downloaded here). A sample is opened, checked, fixed and saved; the download
// reopens with the fixes in it; no request leaves the page.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { staticServer } from '../support/static-server';

const FIREFOX = '/usr/bin/firefox-esr';
const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = SEEDS['004'].file;
const downloads = mkdtempSync(path.join(os.tmpdir(), 'jixiao-firefox-'));

let browser: Browser;
let server: { url: string; close(): void };

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`找不到 ${FIREFOX}：请安装 Debian 的 firefox-esr（.ci/run 会自动安装）。`);
  server = await staticServer(path.join(ROOT, 'dist', 'web'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Release builds ignore the remote-settings address the BiDi agent sets and would fetch Mozilla's servers at start;
    // this variable makes Firefox honour it, and the pref points it at nothing.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: { 'services.settings.server': 'data:,#remote-settings-dummy/v1', 'network.dns.disablePrefetch': true },
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Waits for Firefox to finish writing a download (it writes <random>.part first, then renames it). */
async function downloaded(name: string): Promise<Buffer> {
  for (const end = Date.now() + 20000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const files = readdirSync(downloads);
    if (files.includes(name) && !files.some((f) => f.endsWith('.part'))) return readFileSync(path.join(downloads, name));
  }
  throw new Error(`没有下载到 ${name}`);
}

const clickButton = (page: Page, name: string) => page.locator(`::-p-aria([name="${name}"][role="button"])`).click();

test('Firefox: open a sample, check, fix all, save; the saved file holds the fixes', async () => {
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // Firefox reports data: and blob: URLs (an icon font, the saved file) as requests too; they never leave the page.
    if (request.url().startsWith(server.url) || /^(data|blob):/u.test(request.url())) return void request.continue();
    external.push(request.url());
    return void request.abort();
  });
  await page.goto(server.url);
  const picker = await page.$('input#open-file');
  await picker!.uploadFile(path.join(ROOT, 'samples', SAMPLE));
  await page.locator(`::-p-text(${SAMPLE})`).wait();
  await clickButton(page, '检查当前工作表');
  await page.locator('::-p-aria([role="status"])').wait();
  await page.locator('::-p-aria([name="修正"][role="tab"])').click();
  await page.locator('::-p-text(应用全部可自动修正)').click();
  await page.locator('::-p-text(确认修改)').click();
  await page.locator('::-p-text(已自动修正)').wait();
  await clickButton(page, '保存为新文件');

  const name = SAMPLE.replace(/\.xlsx$/u, '.fixed.xlsx');
  const [sheet] = await readWorkbook(await downloaded(name), name);
  expect([sheet.text?.[13]?.[4], sheet.text?.[12]?.[5]]).toEqual(['≤2万元', '80%']);
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
}, 120000);
