// The web page (dist/web, `npm run build:web`) as IT puts it on an intranet: served by a plain static server (Python's
// http.server), and opened from disk. A workbook is opened with the file picker, checked, fixed, self-evaluated and
// saved; the download reopens with exactly what `jixiao fix` then `jixiao evaluate` write, and every other part of
// the package as it was. No request leaves the page.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { guardedPage, launchChromium } from '../support/browser';
import { runCli } from '../support/cli';
import { staticServer } from '../support/static-server';

const ROOT = path.join(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'web');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SAMPLE = SEEDS['004'].file;
const SAMPLE_PATH = path.join(ROOT, 'samples', SAMPLE);

let browser: Browser;
let server: { url: string; close(): void };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await staticServer(WEB);
  browser = await launchChromium();
}, 60000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openSample(page: Page, file = SAMPLE_PATH): Promise<void> {
  await page.locator('#open-file').setInputFiles(file);
  await page.getByText(path.basename(file)).waitFor();
}

async function check(page: Page): Promise<string> {
  await page.getByRole('button', { name: '检查当前工作表' }).click();
  const status = page.getByRole('status');
  await status.waitFor();
  return status.innerText();
}

/** Clicks 保存为新文件 and returns the download's name and bytes. */
async function save(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为新文件' }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** What a reader of the workbook sees: each sheet's name, values, displayed text, number formats and merges. */
const seen = (grids: SheetGrid[]) => grids.map((g) => ({ name: g.name, values: g.values, text: g.text, numberFormats: g.numberFormats, merges: g.merges }));

/** The cells whose value or displayed text differ between two reads of one sheet. */
function changedCells(before: SheetGrid, after: SheetGrid): string[] {
  const cells: string[] = [];
  for (let r = 0; r < Math.max(before.values.length, after.values.length); r++) {
    for (let c = 0; c < Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0); c++) {
      if ((before.values[r]?.[c] ?? null) !== (after.values[r]?.[c] ?? null) || (before.text?.[r]?.[c] ?? null) !== (after.text?.[r]?.[c] ?? null)) {
        cells.push(`${String.fromCharCode(65 + c)}${r + 1}`);
      }
    }
  }
  return cells;
}

/** Each part of a package, uncompressed, in the package's order. */
async function parts(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(
    Object.values(zip.files).map(async (entry) => [entry.name, entry.dir ? Buffer.alloc(0) : await entry.async('nodebuffer')] as [string, Buffer]),
  );
}

test('opened from the intranet server: check, fix all, self-evaluate, save; the file is what the CLI writes', async () => {
  const { page, errors, external } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  await page.getByText('文件只在这台电脑的浏览器里处理，不会上传。').waitFor();
  await openSample(page);
  expect(await check(page)).toContain('错误');

  await page.getByRole('tab', { name: '修正' }).click();
  await page.getByRole('button', { name: /^应用全部可自动修正/ }).click();
  await page.getByRole('button', { name: /^确认修改 \d+ 个单元格$/ }).click();
  await page.getByText(/^已自动修正 \d+ 个单元格/).waitFor();
  await page.getByRole('tab', { name: '自评' }).click();
  await page.getByRole('button', { name: '计算完成率和得分' }).click();
  expect(await page.getByLabel('总分').innerText()).toBe('总分 92.33（优）');
  const saved = await save(page);
  await page.screenshot({ path: path.join(ARTIFACTS, 'web-page-saved.png') });
  expect(saved.name).toBe(SAMPLE.replace(/\.xlsx$/u, '.evaluated.xlsx'));
  expect(await page.getByRole('status').first().innerText()).toContain(`已保存为“${saved.name}”`);

  // The same two steps on the command line.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'jixiao-web-'));
  copyFileSync(SAMPLE_PATH, path.join(folder, SAMPLE));
  expect((await runCli('fix', path.join(folder, SAMPLE))).code).not.toBe(2);
  const fixed = path.join(folder, SAMPLE.replace(/\.xlsx$/u, '.fixed.xlsx'));
  expect((await runCli('evaluate', fixed)).code).not.toBe(2);
  const cli = readFileSync(fixed.replace(/\.xlsx$/u, '.evaluated.xlsx'));

  const [original, fromPage, fromCli] = await Promise.all([
    readWorkbook(readFileSync(SAMPLE_PATH), SAMPLE),
    readWorkbook(saved.bytes, saved.name),
    readWorkbook(cli, 'cli'),
  ]);
  expect(seen(fromPage)).toEqual(seen(fromCli));
  expect(changedCells(original[0], fromPage[0])).toEqual(expect.arrayContaining(['E14', 'H11', 'H14', 'I14', 'H107', 'I107', 'J107']));
  expect(fromPage[0].text?.[13]?.[4]).toBe('≤2万元');

  // Every part but the edited sheet and the styles it needed keeps its bytes, in its place.
  const [before, after] = await Promise.all([parts(readFileSync(SAMPLE_PATH)), parts(saved.bytes)]);
  expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
  const edited = ['xl/worksheets/sheet1.xml', 'xl/styles.xml'];
  expect(after.filter(([name]) => !edited.includes(name))).toEqual(before.filter(([name]) => !edited.includes(name)));
  // The columns the self-evaluation opened got the widths the CLI gives them.
  const cols = async (bytes: Uint8Array) =>
    /<cols>.*?<\/cols>/su.exec(await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string'))?.[0];
  expect(await cols(saved.bytes)).toBe(await cols(cli));

  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
}, 120000);

test('a suggestion applied and undone saves nothing; applied, it is the one change in the saved file', async () => {
  const { page, errors, external } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  await openSample(page);
  await check(page);
  await page.getByRole('tab', { name: '修正' }).click();
  const suggestion = page.getByRole('group', { name: /的修改建议$/ }).first();
  const cell = (await suggestion.getAttribute('aria-label'))!.replace(' 的修改建议', '');
  const [, to] = /→ “(.*)”$/u.exec(await suggestion.locator('span').filter({ hasText: '→' }).innerText())!;
  await suggestion.getByRole('button', { name: '应用此项' }).click();
  await page.getByRole('button', { name: /^撤销：修正 / }).click();
  await page.getByText(/^已撤销/).waitFor();
  await page.getByRole('button', { name: '保存为新文件' }).click();
  await page.getByText('工作簿没有任何修改，没有生成新文件。').waitFor();

  await page
    .getByRole('group', { name: `${cell} 的修改建议` })
    .getByRole('button', { name: '应用此项' })
    .click();
  await page.locator(`td[data-cell="${cell}"]`).getByText(to).waitFor();
  const saved = await save(page);
  expect(saved.name).toBe(SAMPLE.replace(/\.xlsx$/u, '.fixed.xlsx'));
  const [original, fromPage] = await Promise.all([readWorkbook(readFileSync(SAMPLE_PATH), SAMPLE), readWorkbook(saved.bytes, saved.name)]);
  expect(changedCells(original[0], fromPage[0])).toEqual([cell]);
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
}, 120000);

test('opened from disk (file://), a workbook with several sheets offers a sheet picker', async () => {
  const origin = pathToFileURL(WEB).href;
  const { page, errors, external } = await guardedPage(browser, origin);
  await page.goto(pathToFileURL(path.join(WEB, 'index.html')).href);
  // A real workbook of four sheets and no performance table (CUSTODES).
  const several = path.join(ROOT, 'test', 'corpus', 'custodes', 'tables.xlsx');
  await openSample(page, several);
  const names = (await readWorkbook(readFileSync(several), 'tables.xlsx')).map((g) => g.name);
  expect(names).toHaveLength(4);
  await page.getByRole('tab', { name: names[2], exact: true }).click();
  await page.getByRole('table', { name: `工作表 ${names[2]}` }).waitFor();
  await page.getByRole('button', { name: '检查当前工作表' }).click();
  await page.getByText(`未在“${names[2]}”上找到绩效指标表`, { exact: false }).waitFor();
  await page.locator('#open-file').setInputFiles({ name: '坏文件.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('不是表格') });
  expect(await page.getByRole('alert').innerText()).toContain('不是 .xlsx 文件');
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
}, 60000);

/** Every sheet's cell values, each file named without `folder` (the CLI names a file by the path it was given). */
async function reviewRows(bytes: Uint8Array, folder = ''): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    sheets[sheet.name] = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1).map((cell) => (typeof cell === 'string' && folder ? cell.split(folder + path.sep).join('') : cell)));
  });
  return sheets;
}

test('several files opened at once give the review workbook that check --report writes', async () => {
  const { page, errors, external } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'jixiao-review-'));
  const names = [SEEDS['000'].file, SEEDS['004'].file];
  for (const name of names) copyFileSync(path.join(ROOT, 'samples', name), path.join(folder, name));
  writeFileSync(path.join(folder, '坏文件.xlsx'), '不是表格');
  const picked = ['坏文件.xlsx', ...names].map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(folder, name)) }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#open-file').setInputFiles(picked)]);
  expect(download.suggestedFilename()).toBe('审核汇总.xlsx');
  const fromPage = readFileSync(await download.path());
  const notice = await page.getByRole('status').first().innerText();
  expect(notice).toContain('已检查 3 个文件');
  expect(notice).toContain('坏文件.xlsx：无法读取');

  const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'jixiao-report-')), '审核汇总.xlsx');
  await runCli('check', folder, '--report', report);
  const [pageRows, cliRows] = await Promise.all([reviewRows(fromPage), reviewRows(readFileSync(report), folder)]);
  expect(Object.keys(pageRows)).toEqual(['汇总', '问题清单']);
  expect(pageRows['汇总']).toHaveLength(4);
  expect(pageRows).toEqual(cliRows);
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
}, 120000);

test('a workbook dragged onto the page opens in it', async () => {
  const { page, errors, external } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  const bytes = readFileSync(SAMPLE_PATH).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ([name, base64]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return transfer;
    },
    [SAMPLE, bytes],
  );
  await page.dispatchEvent('text=把绩效目标表或自评表', 'drop', { dataTransfer });
  await page.getByText(SAMPLE).waitFor();
  expect(await check(page)).toContain('错误');
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await page.close();
}, 60000);

test('opening another file asks first while changes are unsaved; declined, the workbook and its changes stay', async () => {
  const { page, errors } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  await openSample(page);
  await check(page);
  await page.getByRole('tab', { name: '修正' }).click();
  await page.getByRole('button', { name: /^应用全部可自动修正/ }).click();
  await page.getByRole('button', { name: /^确认修改 \d+ 个单元格$/ }).click();
  await page.getByText(/^已自动修正 \d+ 个单元格/).waitFor();
  // The question blocks the page until answered, so it is answered as it comes.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await page.locator('#open-file').setInputFiles(path.join(ROOT, 'samples', SEEDS['000'].file));
  expect(question).toBe(`“${SAMPLE}”的修改还没有保存，打开其他文件会丢失这些修改。继续打开吗？`);
  expect(await page.locator('td[data-cell="E14"]').innerText()).toBe('≤2万元');
  expect(await page.getByText(SEEDS['000'].file).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
}, 60000);
