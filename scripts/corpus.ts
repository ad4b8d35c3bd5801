// `npm run corpus [-- -v] [--cli other/bin/jixiao.js] [filter]`: runs `jixiao check --json` over the real-table corpus
// (test/corpus/workbooks, written by `npm run fixtures`) and scores it against each fixture's reviewer expectation.
// Prints one line per file (-v: and what was missed) and the total; exits 1 when the total falls below the aims
// (scripts/corpus-score.ts), 2 when the CLI fails. --cli scores another build, e.g. an earlier commit's, on the same
// fixtures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { FileJson } from '../src/core/report';
import { CORPUS_WORKBOOKS, negativeFixtures, publicFixtures } from '../test/fixtures/corpus';
import { scoreFile, scoreLine, scoreNegative, shortfalls, total, type Score } from './corpus-score';

const ROOT = path.join(__dirname, '..');

/** The CLI's JSON reports for every workbook of one corpus folder, by file name. */
function checkFolder(cli: string, folder: string): Map<string, FileJson> {
  const run = spawnSync(process.execPath, [cli, 'check', '--json', folder], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`jixiao check 失败（退出码 ${run.status}）：${run.stderr}\n`);
    process.exit(2);
  }
  const { files } = JSON.parse(run.stdout) as { files: FileJson[] };
  return new Map(files.map((file) => [path.basename(file.file), file]));
}

function main(argv: string[]): number {
  const verbose = argv.includes('-v');
  const cliAt = argv.indexOf('--cli');
  const cli = cliAt >= 0 ? path.resolve(argv[cliAt + 1]) : path.join(ROOT, 'bin', 'jixiao.js');
  const filter = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--cli') ?? '';
  const publicReports = checkFolder(cli, path.join(CORPUS_WORKBOOKS, 'public'));
  const negativeReports = checkFolder(cli, path.join(CORPUS_WORKBOOKS, 'negatives'));
  const scores: Score[] = [];
  const print = (id: string, score: Score) => {
    if (!id.includes(filter)) return;
    process.stdout.write(`${id.padEnd(34)} ${scoreLine(score)}\n`);
    if (verbose) for (const miss of score.misses) process.stdout.write(`    ${miss}\n`);
  };
  for (const { id, spec, expectation } of publicFixtures()) {
    const report = publicReports.get(spec.file);
    if (!report) throw new Error(`没有 ${spec.file} 的结果：请先运行 npm run fixtures`);
    const score = scoreFile(report, expectation, spec.sheets[0].name);
    scores.push(score);
    print(id, score);
  }
  for (const { id, spec } of negativeFixtures()) {
    const report = negativeReports.get(spec.file);
    if (!report) throw new Error(`没有 ${spec.file} 的结果：请先运行 npm run fixtures`);
    const score = scoreNegative(report);
    scores.push(score);
    print(`negative/${id}`, score);
  }
  const sum = total(scores);
  process.stdout.write(`合计（${scores.length} 份）${' '.repeat(22)}${scoreLine(sum)}\n`);
  const short = shortfalls(sum);
  if (short.length > 0) process.stdout.write(`未达到目标：${short.join('；')}\n`);
  return short.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
