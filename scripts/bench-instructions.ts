// `npm run bench:instructions -- [rows] [runs]`: instructions one core check executes, counted by valgrind's
// callgrind. Wall time on a shared VM varies by half from one minute to the next; these counts repeat exactly, so
// two builds can be compared whenever each was measured. Needs valgrind (apt); builds dist/ first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../src/xlsx/read';
import { workbook } from './bench';

/** Runs the compiled check `runs` times in a single-threaded node under callgrind; returns the instructions counted. */
function instructions(gridFile: string, runs: number): number {
  const engine = path.join(__dirname, '..', 'dist', 'core', 'engine.js');
  const program = `const { checkSheet } = require(${JSON.stringify(engine)});
const grid = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(gridFile)}, 'utf8'));
for (let i = 0; i < ${runs}; i++) checkSheet(grid);`;
  // Node's compiler and GC threads would otherwise run outside the count, differently from run to run; V8 also
  // times its collections and heap growth by the clock, which moved the same build's count by 10 % until
  // --predictable and --predictable-gc-schedule fixed that schedule.
  const v8Flags = ['--single-threaded', '--single-threaded-gc', '--predictable', '--predictable-gc-schedule'];
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...v8Flags, '-e', program],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (run.error) throw run.error;
  // callgrind reports on stderr: "==123== Collected : 4903176418".
  const collected = /Collected : (\d+)/u.exec(run.stderr)?.[1];
  if (run.status !== 0 || !collected) throw new Error(`valgrind 未能完成计数：\n${run.stderr}`);
  return Number(collected);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1000);
  const runs = Number(process.argv[3] ?? 10);
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-instructions-'));
  try {
    const gridFile = path.join(dir, 'grid.json');
    writeFileSync(gridFile, JSON.stringify((await readWorkbook(await workbook(rows, 20201231), 'bench.xlsx'))[0]));
    // Starting node and reading the grid cost the same with 0 runs: the difference is the checks alone.
    const perRun = (instructions(gridFile, runs) - instructions(gridFile, 0)) / runs;
    process.stdout.write(`${rows.toLocaleString('en-US')} 行，${runs} 次检查：每次 ${(perRun / 1e6).toFixed(1)} M 条指令（${(perRun / rows / 1e3).toFixed(1)} k 条/行）\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  process.stderr.write(missing ? '需要 valgrind：sudo apt-get install valgrind\n' : `${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
