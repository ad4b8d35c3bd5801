// `jixiao check <folder>` over a folder with everything that can go wrong in one: each bad entry is a file report with
// a Chinese error naming the path, the walk goes on with the rest, and the exit code is 2 at the end.
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { checkFile } from '../../src/cli/check-file';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli as run } from '../support/cli';

let dir: string;
const file = (...names: string[]) => path.join(dir, ...names);

/** mkfifo where the platform has it; false (and the FIFO case skipped) where it does not. */
function mkfifo(at: string): boolean {
  try {
    execFileSync('mkfifo', [at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const posix = process.platform !== 'win32';
let fifo = false;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-walk-'));
  await fs.writeFile(file('a-好表.xlsx'), await workbookBuffer(SEEDS['000']));
  await fs.mkdir(file('z-下级'));
  await fs.writeFile(file('z-下级', '好表.xlsx'), await workbookBuffer(SEEDS['000']));
  // A Word document and a plain zip, renamed .xlsx.
  const docx = new JSZip();
  docx.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  docx.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  await fs.writeFile(file('文档.xlsx'), await docx.generateAsync({ type: 'nodebuffer' }));
  await fs.writeFile(file('压缩包.xlsx'), await new JSZip().file('readme.txt', 'hi').generateAsync({ type: 'nodebuffer' }));
  if (posix) {
    await fs.symlink('不存在.xlsx', file('断链.xlsx'));
    await fs.symlink('循环.xlsx', file('循环.xlsx'));
    await fs.symlink('/dev/null', file('设备.xlsx'));
    // A link from the sub-folder back to the folder: walking it would never end.
    await fs.symlink('..', file('z-下级', '上级'));
    fifo = mkfifo(file('管道.xlsx'));
  }
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('every bad entry is reported in Chinese with its path, and the good files are still checked', async () => {
  const { code, out } = await run('check', dir, '--json', '--jobs', '2');
  expect(code).toBe(2);
  const errors = new Map<string, string | null>(
    JSON.parse(out).files.map((f: { file: string; error: string | null }) => [path.relative(dir, f.file), f.error]),
  );
  const expected = new Map<string, string | null>([
    ['a-好表.xlsx', null],
    ['文档.xlsx', `无法读取“${file('文档.xlsx')}”：不是 .xlsx 文件。请在 Excel 中另存为 .xlsx 后重试。`],
    ['压缩包.xlsx', `无法读取“${file('压缩包.xlsx')}”：不是 .xlsx 文件。请在 Excel 中另存为 .xlsx 后重试。`],
    [path.join('z-下级', '好表.xlsx'), null],
  ]);
  if (posix) {
    expected.set('断链.xlsx', `无法读取“${file('断链.xlsx')}”：这是符号链接，它指向的“不存在.xlsx”不存在。`);
    expected.set('循环.xlsx', `无法读取“${file('循环.xlsx')}”：符号链接形成了循环，找不到它最终指向的位置。`);
    expected.set('设备.xlsx', `无法读取“${file('设备.xlsx')}”：这是设备，不是 .xlsx 文件。`);
    expected.set(path.join('z-下级', '上级'), `无法读取文件夹“${file('z-下级', '上级')}”：它经由符号链接指回上层文件夹“${await fs.realpath(dir)}”，已跳过。`);
  }
  if (fifo) expected.set('管道.xlsx', `无法读取“${file('管道.xlsx')}”：这是命名管道，不是 .xlsx 文件。`);
  expect(errors).toEqual(expected);
  // In name order, the sub-folder's entries at its place.
  expect([...errors.keys()]).toEqual([...errors.keys()].sort());
});

test('the readable report lists them too, and ends with the summary', async () => {
  const { code, out } = await run('check', dir, '--jobs', '1');
  expect(code).toBe(2);
  expect(out).toContain(`■ ${file('文档.xlsx')}\n    无法读取“${file('文档.xlsx')}”：不是 .xlsx 文件。`);
  expect(out).toMatch(/文档\.xlsx\s+无法读取/u);
  expect(out).toMatch(/a-好表\.xlsx\s+1\s+12/u);
  expect(out).toMatch(/共 \d+ 个文件，2 张表，24 项指标/u);
});

test('a file that vanishes between listing and reading is reported, not thrown', async () => {
  expect((await checkFile(file('刚删除.xlsx'))).error).toBe(`找不到“${file('刚删除.xlsx')}”。请检查路径是否正确。`);
});

test('a path through a file is reported, and the next input still checked', async () => {
  const { code, out } = await run('check', file('a-好表.xlsx', '下级'), file('a-好表.xlsx'), '--json');
  expect(code).toBe(2);
  const [bad, good] = JSON.parse(out).files;
  expect(bad.error).toBe(`无法读取“${file('a-好表.xlsx', '下级')}”：路径中有一段不是文件夹。请检查路径是否正确。`);
  expect(good.error).toBeNull();
});

// Root ignores permissions, so as root (as in CI containers) the folder stays readable and this cannot fail.
const asRoot = process.getuid?.() === 0;
(asRoot || !posix ? test.skip : test)('an unreadable sub-folder is reported and the walk goes on (skipped as root)', async () => {
  const locked = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-locked-'));
  await fs.mkdir(path.join(locked, '锁住'), { mode: 0o000 });
  await fs.writeFile(path.join(locked, '表.xlsx'), await workbookBuffer(SEEDS['000']));
  try {
    const { code, out } = await run('check', locked, '--json');
    expect(code).toBe(2);
    expect(JSON.parse(out).files.map((f: { error: string | null }) => f.error)).toEqual([
      null,
      `无法读取“${path.join(locked, '锁住')}”：没有读取权限。请检查文件或文件夹的权限后重试。`,
    ]);
  } finally {
    await fs.chmod(path.join(locked, '锁住'), 0o755);
    await fs.rm(locked, { recursive: true, force: true });
  }
});
