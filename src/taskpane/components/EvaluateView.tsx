// 自评: writes 完成率 / 得分 / 偏差原因提示 (or empty self-evaluation columns), shows the total and grade.
import { Button, makeStyles, Text } from '@fluentui/react-components';
import { UNSCORED_MESSAGE, type SheetEvaluation } from '../../core/evaluate';
import { percentText } from '../../core/value/format';

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: '8px' }, list: { margin: 0, paddingLeft: '18px' } });

export function EvaluateView(props: {
  evaluation: SheetEvaluation | null;
  written: number | null;
  /** Error-level findings left on the sheet when it was evaluated. */
  errors: number;
  busy: boolean;
  undoLabel: string | null;
  onEvaluate(): void;
  onUndo(): void;
}) {
  const styles = useStyles();
  const { evaluation } = props;
  const budget = evaluation?.budget;
  const unscored = evaluation?.rows.filter((r) => r.unscored !== null) ?? [];
  return (
    <div className={styles.column}>
      <Button appearance="primary" onClick={props.onEvaluate} disabled={props.busy}>
        计算完成率和得分
      </Button>
      <Text size={200}>在表格右侧新增“完成率”“得分”列，需要说明偏差原因的行另加提示；只写入空白单元格，不改动已填写的内容。</Text>
      {props.written !== null && <Text role="status">已写入 {props.written} 个单元格。</Text>}
      {props.written !== null && !evaluation && (
        <Text>这是绩效目标表：已在右侧加上“实际完成值、完成率、得分、偏差原因分析及改进措施”列，填写实际完成值后再计算一次。</Text>
      )}
      {evaluation && evaluation.total === null && <Text>尚未填写实际完成值，填写后再计算一次。</Text>}
      {unscored.length > 0 && (
        <div aria-label="未计分的指标">
          <Text weight="semibold">{unscored.length} 项指标未计分：</Text>
          <ul className={styles.list}>
            {unscored.map((r) => (
              <li key={`${r.table.sheet}!${r.indicator.row}!${r.indicator.period}`}>
                <Text size={200}>
                  {r.indicator.actual?.cell}“{r.indicator.level3?.text.trim()}”：{UNSCORED_MESSAGE[r.unscored!]}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {evaluation?.total && props.errors > 0 && <Text>表中还有 {props.errors} 个错误级问题，修正后总分可能变化。</Text>}
      {evaluation?.total && (
        <Text size={500} weight="semibold" aria-label="总分">
          总分 {evaluation.total.toFixed(2)}（{evaluation.grade}）
        </Text>
      )}
      {budget?.rate && (
        <Text>
          预算执行率 {percentText(budget.rate)}，得分 {budget.score?.toFixed(2)}
          {budget.usedAdjusted ? '' : '（无调整后预算，按年初预算计算）'}
        </Text>
      )}
      {evaluation?.weightsDerived && <Text size={200}>表中没有分值列：按产出50、效益30、满意度10、预算执行10分平均分配，精确到0.01分。</Text>}
      <Button onClick={props.onUndo} disabled={props.busy || !props.undoLabel}>
        {props.undoLabel ? `撤销：${props.undoLabel}` : '撤销'}
      </Button>
    </div>
  );
}
