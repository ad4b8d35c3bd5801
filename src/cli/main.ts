// `jixiao check <file-or-folder>... [--json]`: checks .xlsx workbooks, one report per file, exit 0/1/2.
import { promises as fs, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { failedFileJson, reportJsonText, summarise, type FileJson, type Summary } from '../core/report';
import { readFailure } from './files';
import { checkFiles, defaultJobs } from './pool';
import { formatText } from './text';

export const USAGE = `用法：
  jixiao check <文件或文件夹>... [--json] [--jobs N] [--report 审核汇总.xlsx] [--force]
                                           检查绩效目标表 / 绩效自评表
  jixiao fix <文件> [-o 输出文件] [--all] [--force]
                                           把修正写入新文件（默认“原名.fixed.xlsx”）
  jixiao evaluate <文件> [-o 输出文件] [--json] [--reverse ratio|linear] [--force]
                                           计算完成率和得分，写入新文件（默认“原名.evaluated.xlsx”）
  jixiao --version                         显示版本号

  --json   在标准输出打印一个 JSON 文档（格式见 docs/cli.md）
  --jobs   同时检查的文件数（默认等于 CPU 核数）
  --report 另写一份审核汇总工作簿：“汇总”表每个文件一行，“问题清单”表每个问题一行
  --all    除可自动修正的问题外，也应用需要确认的建议
  --reverse  反向指标计分方法：ratio 比例法 A/B（默认），linear 线性法 1−(B−A)/A
  -o       输出文件；只有明确指定时才会覆盖原文件
  --force  覆盖已存在的“原名.fixed.xlsx”“原名.evaluated.xlsx”或 --report 给出的文件（不加时拒绝覆盖）
退出码：0 成功且没有错误级问题；1 发现错误级问题；2 有文件无法读取、无法写入或参数有误`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when progress can be drawn (stderr is a terminal and stdout is not redirected). */
  isTTY?: boolean;
}

const STDIO: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY && process.stdout.isTTY),
};

/** A path to check, or why it cannot be: a walk reports a bad entry as a file that could not be read, and goes on. */
interface Entry {
  file: string;
  error?: string;
}

/** Why `entry` cannot be reached: a symbolic link to nowhere is told apart from a path that does not exist. */
async function statFailure(entry: string, error: unknown): Promise<string> {
  const target = (error as NodeJS.ErrnoException).code === 'ENOENT' ? await fs.readlink(entry).catch(() => null) : null;
  return target === null ? readFailure(entry, error) : `无法读取“${entry}”：这是符号链接，它指向的“${target}”不存在。`;
}

/**
 * Lists the .xlsx files named, walking folders in name order (Excel's "~$" lock files are skipped). A folder reached
 * again through a symbolic link to one of its parents is reported, not walked. Pipes and devices named .xlsx are
 * listed and refused when read (files.ts), as are files that vanish meanwhile. An entry not named .xlsx that cannot
 * be reached is passed by, as any other file that is not a workbook is.
 */
async function expandPaths(inputs: string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  async function walk(entry: string, parents: string[]): Promise<void> {
    let stat: Stats;
    try {
      stat = await fs.stat(entry);
    } catch (error) {
      entries.push({ file: entry, error: await statFailure(entry, error) });
      return;
    }
    if (!stat.isDirectory()) {
      entries.push({ file: entry });
      return;
    }
    let names: string[];
    let real: string;
    try {
      real = await fs.realpath(entry);
      if (parents.includes(real)) {
        entries.push({ file: entry, error: `无法读取文件夹“${entry}”：它经由符号链接指回上层文件夹“${real}”，已跳过。` });
        return;
      }
      names = (await fs.readdir(entry)).sort();
    } catch (error) {
      entries.push({ file: entry, error: readFailure(entry, error) });
      return;
    }
    for (const name of names) {
      const child = path.join(entry, name);
      const isWorkbook = /\.xlsx$/iu.test(name) && !name.startsWith('~$');
      if (isWorkbook || (await fs.stat(child).catch(() => null))?.isDirectory()) await walk(child, [...parents, real]);
    }
  }
  for (const input of inputs) await walk(input, []);
  return entries;
}

function exitCode(files: FileJson[], summary: Summary): number {
  if (files.some((f) => f.error)) return 2;
  return summary.errors > 0 ? 1 : 0;
}

/** Flags a command accepts, and which of them take a value. */
const FLAGS: Record<string, { flags: string[]; withValue: string[] }> = {
  check: { flags: ['--json', '--force'], withValue: ['--jobs', '--report'] },
  fix: { flags: ['--all', '--force'], withValue: ['-o'] },
  evaluate: { flags: ['--json', '--force'], withValue: ['-o', '--reverse'] },
};

export interface Args {
  command: string;
  inputs: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Parses argv against FLAGS; a Chinese reason when it does not fit. */
export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  const spec = FLAGS[command ?? ''];
  if (!spec) return command ? `未知命令：${command}` : '缺少命令';
  const args: Args = { command, inputs: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (spec.withValue.includes(arg)) {
      if (i + 1 >= rest.length) return `参数 ${arg} 后缺少值`;
      args.values.set(arg, rest[++i]);
    } else if (spec.flags.includes(arg)) {
      args.flags.add(arg);
    } else if (arg.startsWith('-')) {
      return `未知参数：${arg}`;
    } else {
      args.inputs.push(arg);
    }
  }
  if (args.inputs.length === 0) return '缺少要处理的文件';
  if (command !== 'check' && args.inputs.length > 1) return `${command} 一次处理一个文件`;
  return args;
}

/** The version in package.json, which sits two folders up from both src/cli and the compiled dist/cli. */
function version(): string {
  return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
}

export async function main(argv: string[], io: Io = STDIO): Promise<number> {
  if (['--help', '-h', 'help'].includes(argv[0])) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  // -v as well, as node and npm take it: no command of jixiao uses -v for anything else.
  if (['--version', '-v'].includes(argv[0])) {
    io.out(`${version()}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}\n`);
    return 2;
  }
  // Loaded on demand, as exceljs is (about 0.3 s): `check` over many files reads them on worker threads only.
  if (args.command === 'fix') return (await import('./fix')).fixCommand(args, io);
  if (args.command === 'evaluate') return (await import('./evaluate')).evaluateCommand(args, io);
  return checkCommand(args, io);
}

async function checkCommand({ inputs, flags, values }: Args, io: Io): Promise<number> {
  const json = flags.has('--json');
  const jobs = values.has('--jobs') ? Number(values.get('--jobs')) : defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) {
    io.err(`--jobs 应为正整数，收到“${values.get('--jobs')}”。\n`);
    return 2;
  }
  const report = values.get('--report');
  if (report !== undefined && !/\.xlsx$/iu.test(report)) {
    io.err(`--report 的文件名应以 .xlsx 结尾，收到“${report}”。\n`);
    return 2;
  }
  // A review workbook kept in the folder it reviews is not one of the submissions: a second run passes it by.
  const entries = (await expandPaths(inputs)).filter((entry) => report === undefined || path.resolve(entry.file) !== path.resolve(report));
  const checkAll = async (): Promise<FileJson[]> => {
    const paths = entries.filter((entry) => entry.error === undefined).map((entry) => entry.file);
    const progress = !json && io.isTTY ? new ProgressBar(io, paths.length) : null;
    const checked = await checkFiles(paths, jobs, (done, file) => progress?.update(done, file));
    progress?.finish();
    let next = 0;
    return entries.map((entry) => (entry.error === undefined ? checked[next++] : failedFileJson(entry.file, entry.error)));
  };
  const { files, failure } =
    report === undefined
      ? { files: await checkAll(), failure: null }
      : await (await import('./review')).checkIntoReview(report, flags.has('--force'), checkAll);
  if (files === null) {
    io.err(`${failure}\n`);
    return 2;
  }
  const summary = summarise(files);
  if (json) for (const text of reportJsonText(files, summary)) io.out(text);
  else for (const text of formatText(files, summary)) io.out(text);
  if (report !== undefined) {
    const line = `${failure ?? `已写入审核汇总“${report}”：${files.length} 个文件，${summary.errors + summary.warnings + summary.infos} 条问题。`}\n`;
    // stdout holds nothing but the document with --json; a failure is always told on stderr.
    if (json || failure !== null) io.err(line);
    else io.out(line);
  }
  return failure === null ? exitCode(files, summary) : 2;
}

/** A one-line progress bar on stderr, only on a terminal. */
class ProgressBar {
  constructor(
    private readonly io: Io,
    private readonly total: number,
  ) {}

  update(done: number, file: string): void {
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    this.io.err(`\r检查中 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${path.basename(file).slice(0, 40)}\u001b[K`);
  }

  finish(): void {
    this.io.err('\r\u001b[K');
  }
}
