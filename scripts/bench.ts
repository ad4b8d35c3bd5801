// `npm run bench`: synthetic self-evaluation workbooks of 1k, 10k and 100k indicator rows, bare and (up to 10k)
// formatted as units print them (deterministic from a seed, with the layouts and defect rates of real tables);
// exceljs load, reading, core check and evaluate times, memory, per-row cost. Then hostile workbooks (issue 17): a
// value at the sheet's last cell, a whole-column merge, a whole-sheet merge and a zip that unpacks far beyond its size,
// each read, checked and fixed (or refused) with the time and the memory it cost. Last, the real workbooks of the
// repository (CUSTODES, the public corpus, the samples) read one after another: directly and through exceljs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { performance } from 'node:perf_hooks';
import { checkSheet, checkWorkbook } from '../src/core/engine';
import { planEvaluation } from '../src/core/evaluation-plan';
import { planWorkbook } from '../src/core/plan';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWithExceljs, readWorkbook } from '../src/xlsx/read';
import { applyPlanToXlsx } from '../src/xlsx/write';

/** mulberry32: a small deterministic PRNG, so every run benches the same workbooks. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = [string | null, string | null, string, string | number, string | number | null, string | null];

/**
 * One 目标N group of seed 004's shape, 一级 written once at the top of its rows (blank or merged below, see
 * workbook()). About one row in six carries a defect seen in the seeds.
 */
function group(rnd: () => number, n: number): Row[] {
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)];
  const defect = () => rnd() < 0.17;
  const people = 10 + Math.floor(rnd() * 500);
  const cost = (1 + Math.floor(rnd() * 50)) / 2;
  return [
    ['产出指标', '数量指标', `第${n}组培训人数`, defect() ? `${people}` : `≥${people}人`, `${Math.floor(people * (0.8 + rnd() * 0.5))}人`, null],
    [null, '质量指标', '培训合格率', defect() ? pick(['≥100%', '90100', '95']) : '≥90%', pick([0.9, 0.95, 1, '92%']), null],
    [null, '时效指标', '按时完成率', defect() ? '100%' : '＝100%', 1, null],
    [
      null,
      '成本指标',
      '项目支出',
      defect() ? pick([`≥${cost}万`, `≤${Math.floor(cost)},5万`]) : `≤${cost}万元`,
      `${(cost * (0.7 + rnd() * 0.6)).toFixed(2)}万元`,
      defect() ? null : '按实际发生',
    ],
    [
      '效益指标',
      pick(['社会效益指标', '社会效益']),
      defect() ? '关注民生，促进就业' : '受益群众就业率',
      defect() ? '良好' : '≥60%',
      defect() ? '良好' : '65%',
      null,
    ],
    [null, '服务对象满意度指标', '受益群众满意度', defect() ? '90' : '≥90%', pick([0.92, '95%', null]), null],
  ];
}

/**
 * 'bare': values only, 一级 left blank under its first row (as in seed 001). 'formatted': as units print the
 * template: thin borders, 宋体, wrapped text, the 目标N label and each 一级 merged down their rows.
 */
export type Layout = 'bare' | 'formatted';

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

async function workbook(rows: number, seed: number, layout: Layout = 'bare'): Promise<Buffer> {
  const rnd = random(seed);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('部门整体支出绩效自评表');
  sheet.addRow(['资金情况（万元）', null, '年初预算资金总额', '实际投入资金额', '产生差异的原因']);
  sheet.addRow([null, '合计', 5000, 4870, null]);
  const merges: string[] = [];
  const format = (row: ExcelJS.Row, header: boolean) => {
    for (let col = 1; col <= 7; col++) {
      const cell = row.getCell(col);
      cell.border = BORDER;
      cell.font = { name: '宋体', size: 10, bold: header };
      cell.alignment = { vertical: 'middle', horizontal: col >= 5 ? 'center' : 'left', wrapText: true };
    }
  };
  for (let n = 1, written = 0; written < rows; n++) {
    const header = sheet.addRow([`目标${n}`, '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '产生差异的原因及改进措施']);
    const body = group(rnd, n);
    if (layout === 'formatted') {
      format(header, true);
      merges.push(`A${header.number}:A${header.number + body.length}`);
      // Each 一级 down to the row before the next one written.
      for (let i = 0; i < body.length; i++) {
        if (body[i][0] === null) continue;
        let end = i;
        while (end + 1 < body.length && body[end + 1][0] === null) end++;
        if (end > i) merges.push(`B${header.number + 1 + i}:B${header.number + 1 + end}`);
      }
    }
    for (const row of body) {
      const added = sheet.addRow([null, ...row]);
      if (layout === 'formatted') format(added, false);
    }
    written += body.length;
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  return layout === 'formatted' ? withMerges(bytes, merges) : bytes;
}

/**
 * Writes the merges into the sheet's XML after the fact: exceljs compares every merge it adds with every one before
 * it, so building a large merged sheet through it is quadratic, as loading one is (the bench measures the latter).
 */
async function withMerges(bytes: Buffer, merges: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  const mergeCells = `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  zip.file(part, xml.replace('</sheetData>', `</sheetData>${mergeCells}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** The median of `runs` timings: one run on a shared machine varies by ±20 %. */
async function median<T>(runs: number, work: () => T): Promise<{ ms: number; result: T }> {
  const timings: { ms: number; result: T }[] = [];
  for (let i = 0; i < runs; i++) timings.push(await time(work));
  timings.sort((a, b) => a.ms - b.ms);
  return timings[Math.floor(runs / 2)];
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

/**
 * Formatted sheets are benched up to this size only: exceljs's own load is quadratic in merged areas (30k rows,
 * 15,000 areas: 52 s), so the ratio's denominator alone would take many minutes beyond it.
 */
const FORMATTED_LIMIT = 10000;

export const LAYOUT_LABEL: Record<Layout, string> = { bare: '无格式', formatted: '按模板排版' };

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  process.stdout.write(
    '行数；版式；exceljs 载入；读成网格（含载入）；检查：首次 / 再次（中位数）；自评（中位数）；' +
      '(载入 + 检查) / 载入；(读成网格 + 检查) / 载入；峰值内存\n',
  );
  for (const rows of sizes) {
    for (const layout of ['bare', 'formatted'] as const) {
      if (layout === 'formatted' && rows > FORMATTED_LIMIT) continue;
      const bytes = await workbook(rows, 20201231, layout);
      // Only the time is kept: holding the loaded workbook would count exceljs's memory in the peak below.
      const load = await time(async () => void (await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)));
      const read = await time(() => readWorkbook(bytes, 'bench.xlsx'));
      const grid = read.result[0];
      // The first check pays for the JIT and for the parse caches; later ones are what a user's next click costs.
      const first = await time(() => checkSheet(grid));
      // Small sheets vary most from run to run (JIT tiers, collections): more runs where each is cheap.
      const runs = rows >= 100000 ? 3 : rows >= 10000 ? 7 : 15;
      const check = await median(runs, () => checkSheet(grid));
      const evaluate = await median(runs, () => planEvaluation(grid));
      const indicators = check.result.tables.reduce((n, t) => n + t.indicators.length, 0);
      const perRow = (value: number) => `${((value * 1000) / indicators).toFixed(1)} µs/行`;
      process.stdout.write(
        [
          `${rows.toLocaleString('en-US').padStart(7)} 行`,
          LAYOUT_LABEL[layout],
          `载入 ${ms(load.ms)}`,
          `读成网格 ${ms(read.ms)}`,
          `检查 ${ms(first.ms)} / ${ms(check.ms)}（${perRow(check.ms)}，${check.result.findings.length} 条）`,
          `自评 ${ms(evaluate.ms)}（${perRow(evaluate.ms)}）`,
          `(载入+检查)/载入 ${((load.ms + check.ms) / load.ms).toFixed(2)}`,
          `(读成网格+检查)/载入 ${((read.ms + check.ms) / load.ms).toFixed(2)}`,
          `峰值内存 ${(peak / 1024 / 1024).toFixed(0)} MB`,
        ].join('  ') + '\n',
      );
    }
  }
  clearInterval(sample);
  await hostile();
  await folder();
}

/** The repository's real workbooks, as a bureau's folder: read + check, with the direct reader and with exceljs. */
async function folder(): Promise<void> {
  const root = path.join(__dirname, '..');
  const folders = ['test/corpus/custodes', 'test/corpus/workbooks/public', 'test/corpus/workbooks/negatives', 'samples'];
  const files: Buffer[] = [];
  for (const folder of folders) {
    for (const name of (await fs.readdir(path.join(root, folder))).filter((n) => n.endsWith('.xlsx')))
      files.push(await fs.readFile(path.join(root, folder, name)));
  }
  process.stdout.write(`\n仓库中的 ${files.length} 份真实工作簿，逐个读取并检查（单线程，中位数 / 3 次）：\n`);
  for (const [label, read] of [
    ['直接读取', readWorkbook],
    ['经 exceljs', readWithExceljs],
  ] as const) {
    const run = await median(3, async () => {
      for (const bytes of files) checkWorkbook(await read(bytes, 'folder.xlsx'));
    });
    process.stdout.write(`${label}  ${ms(run.ms)}\n`);
  }
}

/** Rewrites the first sheet part of a workbook. */
async function withSheetXml(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = 'xl/worksheets/sheet1.xml';
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const addMerge = (ref: string) => (xml: string) =>
  /<mergeCells count="\d+">/u.test(xml)
    ? xml.replace(/<mergeCells count="(\d+)">/u, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`)
    : xml.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

/** A 1,000-row table spoiled as the fuzz run of issue 17 spoiled real ones, and a zip bomb. */
async function hostileCases(): Promise<[string, () => Promise<Buffer>][]> {
  const table = await workbook(1000, 20201231, 'formatted');
  return [
    ['无异常（对照）', async () => table],
    [
      'XFD1048576 有一个值',
      () =>
        withSheetXml(table, (xml) =>
          xml.replace(/<\/sheetData>/u, '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>'),
        ),
    ],
    ['整列合并 J1:J1048576', () => withSheetXml(table, addMerge('J1:J1048576'))],
    ['整表合并 K1:XFD1048576', () => withSheetXml(table, addMerge('K1:XFD1048576'))],
    [
      '解压后 1 GB 的部件',
      async () => {
        const zip = await JSZip.loadAsync(table);
        zip.file('xl/media/padding.bin', Buffer.alloc(1024 * 1024 * 1024));
        return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      },
    ],
  ];
}

async function hostile(): Promise<void> {
  process.stdout.write('\n恶意或异常文件（1,000 行按模板排版的表）：文件大小；读 + 检查 + 修正写回；峰值内存（比开始前多出）\n');
  for (const [label, build] of await hostileCases()) {
    const bytes = await build();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const run = await time(async () => {
      try {
        const grids = await readWorkbook(bytes, 'hostile.xlsx');
        const findings = checkWorkbook(grids).reduce((n, report) => n + report.findings.length, 0);
        const fixed = await applyPlanToXlsx(bytes, planWorkbook(grids, { all: true }), 'hostile.xlsx');
        return `${findings} 条发现，写回 ${(fixed.bytes.length / 1024).toFixed(0)} KB`;
      } catch (error) {
        return `拒绝：${error instanceof Error ? error.message : String(error)}`;
      }
    });
    clearInterval(sample);
    process.stdout.write(
      `${label.padEnd(20)}  ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${ms(run.ms)}  +${((peak - before) / 1024 / 1024).toFixed(0)} MB  ${run.result}\n`,
    );
  }
}

export { workbook };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
