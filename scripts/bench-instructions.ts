// `npm run bench:instructions -- [rows] [runs] [bare|formatted]`: instructions one warmed-up core check executes,
// garbage collection left out, counted by valgrind's callgrind. Wall time on a shared VM varies by half from one
// minute to the next; these counts repeat exactly, so two builds can be compared whenever each was measured.
// Needs valgrind (apt); builds dist/ first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../src/xlsx/read';
import { LAYOUT_LABEL, workbook, type Layout } from './bench';

/** Checks run before the counted ones: the compiler's work on the first runs is not what a check costs. */
const WARM_UP = 4;

interface Count {
  instructions: number;
  /** Bytes on the heap at the end: with no collection, everything the process ever allocated there. */
  heapBytes: number;
}

/** Runs the compiled check `runs` times in a single-threaded node under callgrind; resolves to what it counted. */
function count(gridFile: string, runs: number): Promise<Count> {
  const engine = path.join(__dirname, '..', 'dist', 'core', 'engine.js');
  const program = `const { checkSheet } = require(${JSON.stringify(engine)});
const grid = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(gridFile)}, 'utf8'));
for (let i = 0; i < ${runs}; i++) checkSheet(grid);
process.stdout.write('heap ' + require('node:v8').getHeapStatistics().used_heap_size + '\\n');`;
  // Node's compiler and GC threads would otherwise run outside the count, differently from run to run. Collections
  // are kept out of the count altogether: a young generation of 512 MB holds every check's garbage, so none runs.
  // Counted with collections, they were ~140 M of a ~370 M check, and where they fell moved with any change to
  // the code: one build measured 12 % better or 5 % worse than another depending on the script's paths.
  const v8Flags = ['--single-threaded', '--single-threaded-gc', '--predictable', '--min-semi-space-size=512', '--max-semi-space-size=512', '--trace-gc'];
  const run = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...v8Flags, '-e', program], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  run.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    run.on('error', reject);
    run.on('close', (status) => {
      // callgrind reports on stderr: "==123== Collected : 4903176418".
      const collected = /Collected : (\d+)/u.exec(stderr)?.[1];
      const heap = /^heap (\d+)$/mu.exec(stdout)?.[1];
      if (status !== 0 || !collected || !heap) reject(new Error(`valgrind 未能完成计数：\n${stderr}`));
      // --trace-gc prints a line per collection: one here means the count is not the check's own work.
      else if (/Scavenge|Mark-Compact/u.test(stdout)) reject(new Error('计数期间发生了垃圾回收，结果不可比：请减少行数或次数。'));
      else resolve({ instructions: Number(collected), heapBytes: Number(heap) });
    });
  });
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 3000);
  const runs = Number(process.argv[3] ?? 8);
  const layout = (process.argv[4] ?? 'bare') as Layout;
  if (!Object.hasOwn(LAYOUT_LABEL, layout)) {
    process.stderr.write(`版式只能是 bare（无格式）或 formatted（按模板排版），而不是“${layout}”。\n`);
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-instructions-'));
  try {
    const gridFile = path.join(dir, 'grid.json');
    writeFileSync(gridFile, JSON.stringify((await readWorkbook(await workbook(rows, 20201231, layout), 'bench.xlsx'))[0]));
    // Both counts pay for starting node, reading the grid and the warm-up checks: their difference is `runs` warm
    // checks. The two processes are independent, so they run side by side.
    const [warm, measured] = await Promise.all([count(gridFile, WARM_UP), count(gridFile, WARM_UP + runs)]);
    const perRun = (measured.instructions - warm.instructions) / runs;
    // Garbage collection is not counted, but what it will cost grows with what a check allocates.
    const bytesPerRun = (measured.heapBytes - warm.heapBytes) / runs;
    process.stdout.write(
      `${rows.toLocaleString('en-US')} 行（${LAYOUT_LABEL[layout]}），预热 ${WARM_UP} 次后 ${runs} 次检查：每次 ${(perRun / 1e6).toFixed(1)} M 条指令（${(perRun / rows / 1e3).toFixed(1)} k 条/行），` +
        `分配 ${(bytesPerRun / 1e6).toFixed(1)} MB（${(bytesPerRun / rows / 1e3).toFixed(2)} KB/行）\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  process.stderr.write(missing ? '需要 valgrind：sudo apt-get install valgrind\n' : `${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
