// The README's list of checks, generated from each check's meta so the two never disagree.
import { CHECKS } from './index';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const FIX = { safe: '可自动修正', review: '建议（需确认）' } as const;

export function checksMarkdown(): string {
  const rows = Object.values(CHECKS).map(
    ({ id, meta }) => `| \`${id}\` | ${meta.category} | ${SEVERITY[meta.severity]} | ${meta.fix ? FIX[meta.fix] : '—'} | ${meta.description} |`,
  );
  return ['| 检查 | 类别 | 默认级别 | 修正 | 说明 |', '|---|---|---|---|---|', ...rows].join('\n');
}
