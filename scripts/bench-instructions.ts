// `npm run bench:instructions -- [rows] [runs]`: instructions one warmed-up core check executes, counted by valgrind's
// callgrind. Wall time on a shared VM varies by half from one minute to the next; these counts repeat exactly, so
// two builds can be compared whenever each was measured. Needs valgrind (apt); builds dist/ first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../src/xlsx/read';
import { workbook } from './bench';

/** Checks run before the counted ones: the compiler's work on the first runs is not what a check costs. */
const WARM_UP = 4;

/** Runs the compiled check `runs` times in a single-threaded node under callgrind; resolves to the instructions counted. */
function instructions(gridFile: string, runs: number): Promise<number> {
  const engine = path.join(__dirname, '..', 'dist', 'core', 'engine.js');
  const program = `const { checkSheet } = require(${JSON.stringify(engine)});
const grid = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(gridFile)}, 'utf8'));
for (let i = 0; i < ${runs}; i++) checkSheet(grid);`;
  // Node's compiler and GC threads would otherwise run outside the count, differently from run to run; V8 also
  // times its collections and heap growth by the clock, which moved the same build's count by 10 % until
  // --predictable and --predictable-gc-schedule fixed that schedule.
  const v8Flags = ['--single-threaded', '--single-threaded-gc', '--predictable', '--predictable-gc-schedule'];
  const run = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...v8Flags, '-e', program], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    run.on('error', reject);
    run.on('close', (status) => {
      // callgrind reports on stderr: "==123== Collected : 4903176418".
      const collected = /Collected : (\d+)/u.exec(stderr)?.[1];
      if (status !== 0 || !collected) reject(new Error(`valgrind 未能完成计数：\n${stderr}`));
      else resolve(Number(collected));
    });
  });
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 3000);
  const runs = Number(process.argv[3] ?? 8);
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-instructions-'));
  try {
    const gridFile = path.join(dir, 'grid.json');
    writeFileSync(gridFile, JSON.stringify((await readWorkbook(await workbook(rows, 20201231), 'bench.xlsx'))[0]));
    // Both counts pay for starting node, reading the grid and the warm-up checks: their difference is `runs` warm
    // checks. The two processes are independent, so they run side by side.
    const [warm, measured] = await Promise.all([instructions(gridFile, WARM_UP), instructions(gridFile, WARM_UP + runs)]);
    const perRun = (measured - warm) / runs;
    process.stdout.write(`${rows.toLocaleString('en-US')} 行，预热 ${WARM_UP} 次后 ${runs} 次检查：每次 ${(perRun / 1e6).toFixed(1)} M 条指令（${(perRun / rows / 1e3).toFixed(1)} k 条/行）\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  process.stderr.write(missing ? '需要 valgrind：sudo apt-get install valgrind\n' : `${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
