// 检查当前工作表: a summary, a severity filter, the findings, and highlighting of flagged cells.
import { Button, makeStyles, Text, ToggleButton } from '@fluentui/react-components';
import { useState } from 'react';
import { SEVERITY_LABEL, type Severity } from '../../core/check';
import type { SheetReport } from '../../core/engine';
import { FindingList } from './FindingList';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  column: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function CheckView(props: {
  report: SheetReport | null;
  busy: boolean;
  highlighted: boolean;
  onCheck(): void;
  onSelect(cell: string): void;
  onHighlight(cells: string[]): void;
  onClearHighlight(): void;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState<Set<Severity>>(new Set(SEVERITIES));
  const { report } = props;
  const count = (s: Severity) => report?.findings.filter((f) => f.severity === s).length ?? 0;
  const visible = report?.findings.filter((f) => shown.has(f.severity)) ?? [];
  const toggle = (s: Severity) => setShown((old) => new Set(old.has(s) ? [...old].filter((x) => x !== s) : [...old, s]));
  return (
    <div className={styles.column}>
      <Button appearance="primary" onClick={props.onCheck} disabled={props.busy}>
        检查当前工作表
      </Button>
      {report && report.tables.length === 0 && <Text>未在“{report.sheet}”上找到绩效指标表（需要含“一级指标、二级指标、三级指标、指标值”表头的表格）。</Text>}
      {report && report.tables.length > 0 && (
        <>
          <Text role="status">
            {`“${report.sheet}”：${report.tables.length} 张表，${report.tables.reduce((n, t) => n + t.indicators.length, 0)} 项指标；错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`}
          </Text>
          {report.tables.some((t) => t.mergesUnknown) && (
            <Text size={200}>本工作表的合并单元格超过 512 个，Excel 未提供合并信息：合并的一级、二级指标按“沿用上方”处理，涉及一级指标的修正需逐条确认。</Text>
          )}
          <div className={styles.row} role="group" aria-label="按级别筛选">
            {SEVERITIES.map((s) => (
              <ToggleButton key={s} size="small" checked={shown.has(s)} onClick={() => toggle(s)}>
                {SEVERITY_LABEL[s]} {count(s)}
              </ToggleButton>
            ))}
          </div>
          <div className={styles.row}>
            {props.highlighted ? (
              <Button size="small" onClick={props.onClearHighlight} disabled={props.busy}>
                清除标记
              </Button>
            ) : (
              <Button size="small" onClick={() => props.onHighlight(visible.map((f) => f.cell))} disabled={props.busy || visible.length === 0}>
                在表中标出这些单元格
              </Button>
            )}
          </div>
          {visible.length === 0 ? (
            <Text>{report.findings.length === 0 ? '未发现问题。' : '没有符合筛选条件的问题。'}</Text>
          ) : (
            <FindingList findings={visible} tables={report.tables} onSelect={props.onSelect} />
          )}
        </>
      )}
    </div>
  );
}
