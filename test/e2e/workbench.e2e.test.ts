// The task pane in a real browser (Debian's Chromium driven by playwright-core) on the workbench: open each seed,
// 检查, select a finding's cell, 修正 then 撤销, 自评; a screenshot of every state goes to test-artifacts/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startWorkbench } from '../../src/workbench/server';
import { SEEDS } from '../fixtures/seeds';
import { guardedPage, launchChromium, type GuardedPage } from '../support/browser';
import { checkSeed, type SeedId } from '../support/seed';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
let browser: Browser;
let workbench: { url: string; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  workbench = await startWorkbench(0);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  await workbench?.close();
});

/** Opens a sample; records console errors and any request that would leave this machine. */
async function open(file: string): Promise<GuardedPage> {
  const guarded = await guardedPage(browser, workbench.url);
  await guarded.page.goto(`${workbench.url}?sample=${encodeURIComponent(file)}`);
  await guarded.page.getByText(file).waitFor();
  return guarded;
}

async function check(page: Page): Promise<string> {
  await page.getByRole('button', { name: '检查当前工作表' }).click();
  const status = page.getByRole('status');
  await status.waitFor();
  return status.innerText();
}

const cellText = (page: Page, cell: string) => page.locator(`td[data-cell="${cell}"]`).innerText();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

describe.each(Object.keys(SEEDS) as SeedId[])('seed %s in the browser', (id) => {
  test('检查 shows what the core finds', async () => {
    const { page, errors, external } = await open(SEEDS[id].file);
    const text = await check(page);
    const [report] = await checkSeed(id);
    const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
    const indicators = report.tables.reduce((n, t) => n + t.indicators.length, 0);
    expect(text).toContain(`${report.tables.length} 张表，${indicators} 项指标；错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`);
    await shot(page, `seed-${id}-check`);
    expect(await page.getByTestId('sync-count').innerText()).toBe('context.sync() 次数：1');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  }, 60000);
});

test('seed 004: a finding selects its cell; 修正 then 撤销; 自评 writes the columns and the total', async () => {
  const { page, errors } = await open(SEEDS['004'].file);
  await check(page);
  await page.getByRole('button', { name: /^目标2 / }).click();
  await page
    .getByRole('button', { name: /^错误 E23：/ })
    .first()
    .click();
  await page.locator('td[aria-selected="true"]').waitFor();
  expect(await page.locator('td[aria-selected="true"]').getAttribute('data-cell')).toBe('E23');
  await shot(page, 'seed-004-selected');

  await page.getByRole('tab', { name: '修正' }).click();
  await page.getByRole('button', { name: '应用全部可自动修正（97 个问题）…' }).click();
  await page.getByRole('button', { name: '确认修改 97 个单元格' }).click();
  await page.getByText('已自动修正 97 个单元格，可随时撤销。').waitFor();
  expect(await cellText(page, 'E14')).toBe('≤2万元');
  expect(await cellText(page, 'F13')).toBe('80%');
  await shot(page, 'seed-004-fixed');
  await page.getByRole('button', { name: '撤销：自动修正' }).click();
  await page.getByText('已撤销“自动修正”。').waitFor();
  expect([await cellText(page, 'E14'), await cellText(page, 'F13')]).toEqual(['≤2万', '0.8']);

  await page.getByRole('tab', { name: '自评' }).click();
  await page.getByRole('button', { name: '计算完成率和得分' }).click();
  await page.getByLabel('总分').waitFor();
  expect(await page.getByLabel('总分').innerText()).toBe('总分 92.33（优）');
  expect([await cellText(page, 'H11'), await cellText(page, 'H14'), await cellText(page, 'I14')]).toEqual(['完成率', '35.71%', '0.38']);
  expect([await cellText(page, 'H107'), await cellText(page, 'I107'), await cellText(page, 'J107')]).toEqual(['总分', '92.33', '等级：优']);
  await shot(page, 'seed-004-evaluate');
  expect(errors).toEqual([]);
  await page.close();
}, 90000);

test('any .xlsx from disk can be opened in place of the sample', async () => {
  const { page, errors } = await open(SEEDS['004'].file);
  const file = path.join(__dirname, '..', '..', 'samples', SEEDS['002'].file);
  await page.locator('#open-file').setInputFiles(file);
  await page.getByText(SEEDS['002'].file).waitFor();
  expect(await check(page)).toContain('10 张表，30 项指标');
  await page.locator('#open-file').setInputFiles({ name: '坏文件.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('不是表格') });
  expect(await page.getByRole('alert').innerText()).toContain('不是 .xlsx 文件');
  expect(errors).toEqual([]);
  await page.close();
}, 60000);
