// `jixiao check <file-or-folder>... [--json]`: checks .xlsx workbooks, one report per file, exit 0/1/2.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../core/engine';
import { failedFileJson, fileJson, summarise, type FileJson, type Summary } from '../core/report';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';
import { formatText } from './text';

export const USAGE = `用法：
  jixiao check <文件或文件夹>... [--json]   检查绩效目标表 / 绩效自评表

  --json   在标准输出打印一个 JSON 文档（格式见 README）
退出码：0 没有错误；1 发现错误级问题；2 有文件无法读取或参数有误`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const STDIO: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Lists the .xlsx files named, walking folders; Excel's "~$" lock files are skipped. Sorted for stable output. */
async function expandPaths(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(entry: string): Promise<void> {
    const stat = await fs.stat(entry).catch(() => null);
    if (!stat) {
      missing.push(entry);
    } else if (stat.isDirectory()) {
      const names = (await fs.readdir(entry)).sort();
      for (const name of names) {
        const child = path.join(entry, name);
        const childStat = await fs.stat(child);
        if (childStat.isDirectory() || (/\.xlsx$/iu.test(name) && !name.startsWith('~$'))) await walk(child);
      }
    } else {
      files.push(entry);
    }
  }
  for (const input of inputs) await walk(input);
  return { files, missing };
}

export async function checkFile(file: string): Promise<FileJson> {
  try {
    const bytes = await fs.readFile(file);
    return fileJson(file, checkWorkbook(await readWorkbook(bytes, file)));
  } catch (error) {
    const message = error instanceof WorkbookReadError ? error.message : `无法读取“${file}”：${error instanceof Error ? error.message : String(error)}`;
    return failedFileJson(file, message);
  }
}

function exitCode(files: FileJson[], summary: Summary): number {
  if (files.some((f) => f.error)) return 2;
  return summary.errors > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io = STDIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const unknownFlag = rest.find((arg) => arg.startsWith('-') && arg !== '--json');
  const inputs = rest.filter((arg) => !arg.startsWith('-'));
  if (command !== 'check' || unknownFlag || inputs.length === 0) {
    io.err(`${unknownFlag ? `未知参数：${unknownFlag}\n` : command && command !== 'check' ? `未知命令：${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const { files: paths, missing } = await expandPaths(inputs);
  const files: FileJson[] = missing.map((file) => failedFileJson(file, `找不到“${file}”。请检查路径是否正确。`));
  for (const file of paths) files.push(await checkFile(file));
  const summary = summarise(files);
  if (json) io.out(`${JSON.stringify({ files, summary }, null, 2)}\n`);
  else io.out(formatText(files, summary));
  return exitCode(files, summary);
}
