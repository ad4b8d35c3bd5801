// The readable report of `jixiao check`: per file, per table, findings in sheet order with their suggestions.
import { parseA1 } from '../core/grid';
import type { FileJson, FindingJson, Summary } from '../core/report';

const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function findingLines(finding: FindingJson): string[] {
  const lines = [`    [${SEVERITY_LABEL[finding.severity]}] ${finding.message}（${finding.check}）`];
  if (finding.fix) {
    const kind = finding.fix.safe ? '可自动修正' : '建议，需确认';
    lines.push(`           ${finding.fix.cell}：“${finding.fix.from}” → “${finding.fix.to}”（${kind}）`);
  }
  return lines;
}

/** The table a finding belongs to: the first on its sheet ending at or below its row (info blocks sit above their table). */
function tableOf(file: FileJson, finding: FindingJson): number {
  const { row } = parseA1(finding.cell);
  return file.tables.findIndex((t) => t.sheet === finding.sheet && parseA1(t.range.split(':')[1]).row >= row);
}

export function formatText(files: FileJson[], summary: Summary): string {
  const out: string[] = [];
  for (const file of files) {
    out.push(`■ ${file.file}`);
    if (file.error) {
      out.push(`    ${file.error}`, '');
      continue;
    }
    if (file.tables.length === 0) {
      out.push('    未找到绩效指标表（需要含“一级指标、二级指标、三级指标、指标值”等表头的表格）。', '');
      continue;
    }
    const grouped = new Map<number, FindingJson[]>();
    for (const finding of file.findings) {
      const index = tableOf(file, finding);
      grouped.set(index, [...(grouped.get(index) ?? []), finding]);
    }
    file.tables.forEach((table, i) => {
      const name = [table.group, table.title].filter(Boolean).join(' ') || '绩效指标表';
      const kind = table.kind === 'self-evaluation' ? '自评表' : '目标表';
      const findings = grouped.get(i) ?? [];
      out.push(`  ${table.sheet}!${table.range}  ${name}（${kind}，${table.indicators.length} 项指标）${findings.length ? '' : '：未发现问题'}`);
      findings.forEach((f) => out.push(...findingLines(f)));
    });
    out.push('');
  }
  out.push(
    `共 ${summary.files} 个文件，${summary.tables} 张表，${summary.indicators} 项指标：错误 ${summary.errors}，警告 ${summary.warnings}，提示 ${summary.infos}。`,
  );
  return `${out.join('\n')}\n`;
}
