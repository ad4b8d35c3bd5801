import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli } from '../support/cli';

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-cli-'));
  for (const id of ['000', '004'] as const) await fs.writeFile(path.join(dir, `seed-${id}.xlsx`), await workbookBuffer(SEEDS[id]));
  await fs.writeFile(path.join(dir, 'notes.xlsx'), '这不是表格');
  // The OLE header of an encrypted (or legacy .xls) workbook.
  await fs.writeFile(path.join(dir, 'locked.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const run = runCli;

const file = (name: string) => path.join(dir, name);

describe('jixiao check', () => {
  test('exit 0 and a readable report when nothing is an error', async () => {
    const { code, out } = await run('check', file('seed-000.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('项目绩效目标表（目标表，12 项指标）：未发现问题');
    expect(out).toContain('共 1 个文件，1 张表，12 项指标：错误 0，警告 0，提示 0。');
  });

  test("exit 1 when some finding is an error; each finding names its cell, its check's page and its fix", async () => {
    const { code, out } = await run('check', file('seed-004.xlsx'));
    expect(code).toBe(1);
    expect(out).toContain(
      '[错误] E23：成本指标“根据残疾人需求进行康复或临时康复救济”应设上限（≤），当前为“≥15万”，建议改为“≤15万元”。（docs/checks/operator-direction.md）',
    );
    expect(out).toContain('E23：“≥15万” → “≤15万元”（建议，需确认）');
  });

  test('exit 2 with a Chinese message for a damaged or encrypted file, and the other files are still checked', async () => {
    const { code, out } = await run('check', file('notes.xlsx'), file('locked.xlsx'), file('seed-000.xlsx'));
    expect(code).toBe(2);
    expect(out).toContain('不是 .xlsx 文件。请在 Excel 中另存为 .xlsx 后重试。');
    expect(out).toContain('文件已加密或是旧版 .xls 格式');
    expect(out).toContain('未发现问题');
  });

  test('a folder is walked in name order', async () => {
    const { out } = await run('check', dir, '--json');
    expect(JSON.parse(out).files.map((f: { file: string }) => path.basename(f.file))).toEqual(['locked.xlsx', 'notes.xlsx', 'seed-000.xlsx', 'seed-004.xlsx']);
  });

  test.each([[['check']], [['check', '--fast', 'a.xlsx']], [['lint', 'a.xlsx']], [[]]])('exit 2 with usage for %p', async (args) => {
    const { code, err, out } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('用法');
  });

  test('a missing path is reported and counts as unreadable', async () => {
    const { code, out } = await run('check', file('nowhere.xlsx'), '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out).files[0].error).toContain('找不到');
  });
});

describe('--json follows the contract in ARCHITECTURE.md', () => {
  test('the document has exactly the documented shape, decimals as strings', async () => {
    const { out } = await run('check', file('seed-004.xlsx'), '--json');
    const doc = JSON.parse(out);
    expect(Object.keys(doc).sort()).toEqual(['files', 'summary']);
    expect(Object.keys(doc.files[0]).sort()).toEqual(['error', 'evaluations', 'file', 'findings', 'tables']);
    // 目标1 has six indicators (its blank row is not one), 目标2–12 seven each.
    expect(doc.summary).toEqual({ files: 1, tables: 12, indicators: 83, errors: 26, warnings: 110, infos: 84 });
    const [report] = doc.files;
    expect(report).toMatchObject({ file: file('seed-004.xlsx'), error: null });
    const [table] = report.tables;
    expect(table).toMatchObject({ sheet: '部门整体支出绩效自评表', range: 'A11:G18', kind: 'self-evaluation', framework: '2020' });
    expect(table.indicators[2]).toEqual({
      row: 14,
      level1: '产出指标',
      level2: '成本指标',
      level3: '残疾人就业扶持补贴',
      period: null,
      target: { cell: 'E14', text: '≤2万', operator: '≤', amount: '2', unit: '万', kind: 'quantity' },
      actual: { cell: 'F14', text: '5.6万', operator: null, amount: '5.6', unit: '万', kind: 'quantity' },
      // Reverse, r = 2 / 5.6; 产出's 50 points split to the cent over 47 rows, the first 18 get 1.07.
      evaluation: {
        direction: 'reverse',
        completionRate: '0.3571',
        score: '0.38',
        weight: '1.07',
        needsReason: true,
        weightDerived: true,
        grade: null,
        assumedOperator: null,
        readingsAgree: false,
      },
    });
    expect(report.evaluations).toEqual([
      {
        sheet: '部门整体支出绩效自评表',
        total: '92.33',
        grade: '优',
        weightsDerived: true,
        budget: { budget: '55', executed: '274', rate: '4.9818', score: '10.00', weight: '10', usedAdjusted: false },
      },
    ]);
    const finding = report.findings.find((f: { cell: string; check: string }) => f.cell === 'E31' && f.check === 'operator-direction');
    expect(finding).toEqual({
      sheet: '部门整体支出绩效自评表',
      cell: 'E31',
      check: 'operator-direction',
      category: 'operator',
      severity: 'error',
      messageId: 'cost',
      message: expect.stringContaining('≥6万'),
      fix: { cell: 'E31', from: '≥6万', to: '≤6万元', safe: false },
    });
    for (const f of report.findings) {
      expect(['structure', 'value-format', 'operator', 'unit', 'consistency', 'vague', 'actual']).toContain(f.category);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message).toMatch(/^[A-Z]+\d+：/u);
    }
  });

  test('nothing but the document goes to stdout', async () => {
    const { out } = await run('check', file('seed-000.xlsx'), file('notes.xlsx'), '--json');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  test('the document is written a file at a time, never as one string, and reads as JSON.stringify would write it', async () => {
    const chunks: string[] = [];
    await main(['check', dir, '--json', '--jobs', '1'], { out: (text) => chunks.push(text), err: () => undefined });
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    // An opening, one chunk per file (four here), the summary.
    expect(chunks).toHaveLength(1 + 4 + 1);
    const perFile = chunks.slice(1, -1).map((chunk) => path.basename(JSON.parse(chunk.replace(/,\s*$/u, '')).file));
    expect(perFile).toEqual(['locked.xlsx', 'notes.xlsx', 'seed-000.xlsx', 'seed-004.xlsx']);
  });

  test('with no workbook found the document is still whole', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-empty-'));
    const { out } = await run('check', empty, '--json');
    await fs.rm(empty, { recursive: true, force: true });
    expect(JSON.parse(out)).toMatchObject({ files: [], summary: { files: 0 } });
  });
});

describe('bulk checking', () => {
  test('worker threads give the same document, in the same order, as one thread', async () => {
    const one = await run('check', dir, '--json', '--jobs', '1');
    const two = await run('check', dir, '--json', '--jobs', '2');
    expect(two.out).toBe(one.out);
  });

  test('a summary table lists every file, broken ones included', async () => {
    const { out } = await run('check', dir, '--jobs', '2');
    expect(out).toMatch(/文件\s+表\s+指标\s+错误\s+警告\s+提示/u);
    expect(out).toMatch(/seed-004\.xlsx\s+12\s+83\s+26\s+110\s+84/u);
    expect(out).toMatch(/notes\.xlsx\s+无法读取/u);
  });

  test('a progress bar is drawn on a terminal, never with --json', async () => {
    const draw = async (...args: string[]) => {
      let err = '';
      await main(['check', dir, ...args], { out: () => undefined, err: (t) => (err += t), isTTY: true });
      return err;
    };
    expect(await draw('--jobs', '2')).toContain('4/4');
    expect(await draw('--json')).toBe('');
  });

  test.each([['0'], ['two']])('--jobs %s is refused', async (jobs) => {
    const { code, err } = await run('check', dir, '--jobs', jobs);
    expect(code).toBe(2);
    expect(err).toContain('--jobs 应为正整数');
  });
});
