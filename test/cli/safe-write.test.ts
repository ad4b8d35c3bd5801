// Writing a workbook (jixiao fix / evaluate): through a temporary file and a rename, never over a file by accident,
// and every failure a Chinese sentence naming the path.
import { promises as fs, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFailure, writeFailure } from '../../src/cli/files';
import { rewriteWorkbook } from '../../src/cli/rewrite';
import { writeSafely } from '../../src/cli/safe-write';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';
import { runCli as run } from '../support/cli';

let dir: string;
const file = (name: string) => path.join(dir, name);
let seed004: Buffer;

/** Whatever a run left in the folder besides the named files: temporary files, above all. */
async function leftovers(...expected: string[]): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => !expected.includes(name));
}

beforeAll(async () => {
  seed004 = await workbookBuffer(SEEDS['004']);
});

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-write-'));
  await fs.writeFile(file('表.xlsx'), seed004);
});

afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('an interrupted write leaves the old file or none, and no temporary file', () => {
  const interrupt = async () => {
    // The temporary file exists by the time the content is made: the interruption comes after it.
    expect((await fs.readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(true);
    throw new Error('中断');
  };

  test('over an existing file', async () => {
    await fs.writeFile(file('out.xlsx'), 'old bytes');
    await expect(writeSafely(file('out.xlsx'), true, interrupt)).rejects.toThrow('中断');
    expect(await fs.readFile(file('out.xlsx'), 'utf8')).toBe('old bytes');
    expect(await leftovers('表.xlsx', 'out.xlsx')).toEqual([]);
  });

  test('where there was no file', async () => {
    await expect(writeSafely(file('out.xlsx'), false, interrupt)).rejects.toThrow('中断');
    expect(await leftovers('表.xlsx')).toEqual([]);
  });

  test('a run that fails after the temporary file was made (here, planning for -o) removes it', async () => {
    const plan = () => {
      // The place -o names is made ready before planning starts.
      expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
      throw new Error('计划失败');
    };
    const io = { out: () => undefined, err: () => undefined };
    await expect(rewriteWorkbook(file('表.xlsx'), { file: file('out.xlsx'), overwrite: true, named: true }, io, plan, () => undefined)).rejects.toThrow(
      '计划失败',
    );
    expect(await leftovers('表.xlsx')).toEqual([]);
  });

  test('a completed write leaves only the output', async () => {
    await writeSafely(file('out.xlsx'), false, async () => Buffer.from('new bytes'));
    expect(await fs.readFile(file('out.xlsx'), 'utf8')).toBe('new bytes');
    expect(await leftovers('表.xlsx', 'out.xlsx')).toEqual([]);
  });
});

describe('an existing result beside the input is overwritten only with --force', () => {
  test.each([
    ['fix', '表.fixed.xlsx'],
    ['evaluate', '表.evaluated.xlsx'],
  ])('%s refuses, then --force overwrites', async (command, output) => {
    await fs.writeFile(file(output), 'an earlier result');
    const refused = await run(command, file('表.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toBe(`“${file(output)}”已存在，没有覆盖。加 --force 覆盖它，或用 -o 指定其他输出文件。\n`);
    expect(await fs.readFile(file(output), 'utf8')).toBe('an earlier result');
    const forced = await run(command, file('表.xlsx'), '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`已写入“${file(output)}”`);
    expect((await readWorkbook(await fs.readFile(file(output)), output))[0].name).toBe('部门整体支出绩效自评表');
    expect(await leftovers('表.xlsx', output)).toEqual([]);
  });

  test('-o may name an existing file without --force', async () => {
    await fs.writeFile(file('out.xlsx'), 'old');
    expect((await run('fix', file('表.xlsx'), '-o', file('out.xlsx'))).code).toBe(0);
    expect(await fs.readFile(file('out.xlsx'), 'utf8')).not.toBe('old');
  });
});

describe('-o onto the input', () => {
  test('replaces it through the rename, keeping its permissions', async () => {
    await fs.chmod(file('表.xlsx'), 0o640);
    const { code, out } = await run('fix', file('表.xlsx'), '-o', file('表.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('修正 97 处');
    const [sheet] = await readWorkbook(await fs.readFile(file('表.xlsx')), '表.xlsx');
    expect(sheet.values[13][4]).toBe('≤2万元');
    if (process.platform !== 'win32') expect((await fs.stat(file('表.xlsx'))).mode & 0o777).toBe(0o640);
    expect(await leftovers('表.xlsx')).toEqual([]);
  });

  (process.platform === 'win32' ? test.skip : test)('given as a symbolic link, writes the file it points to and keeps the link', async () => {
    await fs.symlink('表.xlsx', file('链接.xlsx'));
    expect((await run('evaluate', file('链接.xlsx'), '-o', file('链接.xlsx'))).code).toBe(0);
    expect((await fs.lstat(file('链接.xlsx'))).isSymbolicLink()).toBe(true);
    expect((await fs.readFile(file('表.xlsx'))).equals(seed004)).toBe(false);
    expect(await leftovers('表.xlsx', '链接.xlsx')).toEqual([]);
  });
});

describe('a failed write is a Chinese sentence naming the path, exit 2, nothing left behind', () => {
  test('the output folder does not exist', async () => {
    const output = path.join(dir, '没有', 'out.xlsx');
    const { code, err } = await run('fix', file('表.xlsx'), '-o', output);
    expect(code).toBe(2);
    expect(err).toBe(`无法写入“${output}”：文件夹“${path.join(dir, '没有')}”不存在。请先建立该文件夹，或用 -o 写到其他位置。\n`);
    expect(await leftovers('表.xlsx')).toEqual([]);
  });

  test('the output path is a folder', async () => {
    await fs.mkdir(file('结果'));
    const { code, err } = await run('evaluate', file('表.xlsx'), '-o', file('结果'));
    expect(code).toBe(2);
    expect(err).toBe(`无法写入“${file('结果')}”：这是文件夹，不能用作输出文件。请在 -o 后给出文件名，如“文件夹/结果.xlsx”。\n`);
    expect(await fs.readdir(file('结果'))).toEqual([]);
    expect(await leftovers('表.xlsx', '结果')).toEqual([]);
  });

  // Root ignores permissions, so as root (as in CI containers) a read-only folder is writable and this cannot fail.
  const asRoot = process.getuid?.() === 0;
  (asRoot || process.platform === 'win32' ? test.skip : test)('the output folder is read-only (skipped as root)', async () => {
    await fs.mkdir(file('只读'));
    await fs.chmod(file('只读'), 0o555);
    try {
      const { code, err } = await run('fix', file('表.xlsx'), '-o', path.join(dir, '只读', 'out.xlsx'));
      expect(code).toBe(2);
      expect(err).toContain(`无法写入“${path.join(dir, '只读', 'out.xlsx')}”：没有写入权限`);
      expect(await fs.readdir(file('只读'))).toEqual([]);
    } finally {
      await fs.chmod(file('只读'), 0o755);
    }
  });

  test('the input is missing: nothing is written', async () => {
    const { code, err } = await run('fix', file('无.xlsx'));
    expect(code).toBe(2);
    expect(err).toBe(`找不到“${file('无.xlsx')}”。请检查路径是否正确。\n`);
    expect(await leftovers('表.xlsx')).toEqual([]);
  });

  test('a zip that is not a workbook is "not .xlsx", and nothing is written', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    await fs.writeFile(file('文档.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, err } = await run('fix', file('文档.xlsx'));
    expect(code).toBe(2);
    expect(err).toBe(`无法读取“${file('文档.xlsx')}”：不是 .xlsx 文件。请在 Excel 中另存为 .xlsx 后重试。\n`);
    expect(await leftovers('表.xlsx', '文档.xlsx')).toEqual([]);
  });

  // Disk full, a read-only file system and the rest cannot be arranged in a test; their sentences can.
  test.each(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'EBUSY', 'EMFILE', 'EIO', 'EWHATEVER'])(
    '%s in Chinese, naming the path, without Node’s English',
    (code) => {
      const error = Object.assign(new Error(`${code}: something went wrong, open '/x/y.xlsx'`), { code });
      for (const sentence of [writeFailure('/x/y.xlsx', error), readFailure('/x/y.xlsx', error)]) {
        expect(sentence).toContain('“/x/y.xlsx”');
        expect(sentence).not.toContain('something went wrong');
        // No English words: only the path, the product's own names and flags, an unknown code in capitals at most.
        expect(sentence.replace(/\/x(\/y\.xlsx)?|\.xlsx|Excel|--?[a-z]+/gu, '')).not.toMatch(/[a-z]/u);
        expect(sentence).toMatch(/。$/u);
      }
    },
  );
});
