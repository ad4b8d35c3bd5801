// `npm run screenshot:review`: redraws docs/screenshot-review.png, the README's picture of the review workbook's 汇总
// sheet. Runs the README's own command on a folder 报送材料/ holding the five samples, prints the 汇总 sheet with
// LibreOffice (scripts/sheet-pdf.py) and turns the page into a trimmed PNG. Needs Debian's libreoffice-calc,
// python3-uno, fonts-noto-cjk, fonts-crosextra-carlito, poppler-utils and imagemagick, so it is not part of npm test.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const TARGET = path.join(ROOT, 'docs', 'screenshot-review.png');
const PACKAGES = 'libreoffice-calc python3-uno fonts-noto-cjk fonts-crosextra-carlito poppler-utils imagemagick';
/** Debian's Python, which has the uno module that python3-uno installs. */
const PYTHON = '/usr/bin/python3';
/** pdftoppm's resolution: a little above Excel's 96 dpi at 100 %, for sharper Chinese. */
const DPI = '110';

/** Runs a program in `cwd`; throws with its error output when it fails (statuses in `ok` count as success). */
function run(program: string, args: string[], cwd: string, ok: number[] = [0]): void {
  const result = spawnSync(program, args, { cwd, encoding: 'utf8' });
  if (result.error || !ok.includes(result.status ?? -1)) {
    const why = result.error ? result.error.message : `退出码 ${result.status}\n${result.stderr}`;
    throw new Error(`${program} ${args.join(' ')} 失败：${why}`);
  }
}

function main(): number {
  const work = mkdtempSync(path.join(tmpdir(), 'jixiao-screenshot-'));
  try {
    const folder = path.join(work, '报送材料');
    mkdirSync(folder);
    const samples = path.join(ROOT, 'samples');
    for (const name of readdirSync(samples).filter((n) => n.endsWith('.xlsx'))) copyFileSync(path.join(samples, name), path.join(folder, name));
    // Exit code 1: the samples keep their error-level findings on purpose.
    run(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), 'check', '报送材料/', '--report', '审核汇总.xlsx'], work, [0, 1]);
    run(PYTHON, [path.join(__dirname, 'sheet-pdf.py'), '审核汇总.xlsx', '汇总', '汇总.pdf'], work);
    run('pdftoppm', ['-png', '-r', DPI, '-singlefile', '汇总.pdf', '汇总'], work);
    // -strip and no date chunks: the same workbook gives the same bytes.
    run('convert', ['汇总.png', '-trim', '-bordercolor', 'white', '-border', '8', '-strip', '-define', 'png:exclude-chunks=date,time', TARGET], work);
    process.stdout.write(`已写入 ${path.relative(ROOT, TARGET)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n需要 Debian 的 ${PACKAGES}（apt-get install ${PACKAGES}）。\n`);
    return 2;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
