// The readable report of `jixiao check`: per file, per table, findings in sheet order with their suggestions, each
// naming the page that explains its check.
import path from 'node:path';
import { groupByTable } from '../core/by-table';
import { checkPage, SEVERITY_LABEL } from '../core/check';
import { parseRangeA1 } from '../core/grid';
import type { FileJson, FindingJson, Summary } from '../core/report';
import { displayWidth } from '../core/text';

function findingLines(finding: FindingJson): string[] {
  // The page's path carries the check's id, so one note names both.
  const lines = [`    [${SEVERITY_LABEL[finding.severity]}] ${finding.message}（${checkPage(finding.check)}）`];
  if (finding.fix) {
    const kind = finding.fix.safe ? '可自动修正' : '建议，需确认';
    lines.push(`           ${finding.fix.cell}：“${finding.fix.from}” → “${finding.fix.to}”（${kind}）`);
  }
  return lines;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** One line per file: tables, indicators and findings by severity, or the reason it could not be read. */
function summaryTable(files: FileJson[]): string[] {
  const names = files.map((f) => path.basename(f.file));
  const width = Math.min(48, Math.max(4, ...names.map(displayWidth)));
  const head = `${pad('文件', width)}  ${['表', '指标', '错误', '警告', '提示'].map((h) => pad(h, 5, true)).join(' ')}`;
  const rows = files.map((f, i) => {
    const name = pad(names[i].length > 40 ? `${names[i].slice(0, 38)}…` : names[i], width);
    if (f.error) return `${name}  无法读取`;
    const count = (s: string) => f.findings.filter((x) => x.severity === s).length;
    const cells = [f.tables.length, f.tables.reduce((n, t) => n + t.indicators.length, 0), count('error'), count('warning'), count('info')];
    return `${name}  ${cells.map((c) => pad(String(c), 5, true)).join(' ')}`;
  });
  return [head, ...rows];
}

/** One file's part of the report, ending with a blank line. */
function fileText(file: FileJson): string {
  const out = [`■ ${file.file}`];
  if (file.error) out.push(`    ${file.error}`);
  else if (file.tables.length === 0) out.push('    未找到绩效指标表（需要含“一级指标、二级指标、三级指标、指标值”等表头的表格）。');
  else {
    const spans = file.tables.map((t) => ({ sheet: t.sheet, bottom: parseRangeA1(t.range).bottom }));
    const grouped = groupByTable(spans, file.findings);
    file.tables.forEach((table, i) => {
      const name = [table.group, table.title].filter(Boolean).join(' ') || '绩效指标表';
      const kind = table.kind === 'self-evaluation' ? '自评表' : '目标表';
      const findings = grouped.get(i) ?? [];
      out.push(`  ${table.sheet}!${table.range}  ${name}（${kind}，${table.indicators.length} 项指标）${findings.length ? '' : '：未发现问题'}`);
      findings.forEach((f) => out.push(...findingLines(f)));
    });
  }
  return `${out.join('\n')}\n\n`;
}

/** The readable report a file at a time, like the JSON one: a bureau's run never becomes one giant string. */
export function* formatText(files: FileJson[], summary: Summary): Generator<string> {
  for (const file of files) yield fileText(file);
  const tail = files.length > 1 ? [...summaryTable(files), ''] : [];
  tail.push(
    `共 ${summary.files} 个文件，${summary.tables} 张表，${summary.indicators} 项指标：错误 ${summary.errors}，警告 ${summary.warnings}，提示 ${summary.infos}。`,
  );
  yield `${tail.join('\n')}\n`;
}
