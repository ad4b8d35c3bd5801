// 修正: all safe fixes in one click; each suggestion with before → after and its reason, applied one by one; undo.
import { Button, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/check';
import type { SheetReport } from '../../core/engine';
import type { EditPlan } from '../../core/plan';
import { formulaSentence } from '../session';
import { messageBody } from './FindingList';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '8px' },
  change: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Suggestions shown at first and added per click: a 10,000-row sheet has over a thousand, each a card to lay out. */
export const SUGGESTIONS_PER_PAGE = 50;

export function FixView(props: {
  report: SheetReport | null;
  busy: boolean;
  undoLabel: string | null;
  /** Steps that can be undone, and how many of them the workbook keeps for a pane opened again. */
  undoSteps: { count: number; kept: number };
  /** The safe fixes' plan shown for confirmation, once the user asked to apply them all. */
  preview: EditPlan | null;
  onPreviewSafe(): void;
  onApplySafe(plan: EditPlan): void;
  onCancelPreview(): void;
  onApply(finding: Finding): void;
  onUndo(): void;
  onSelect(cell: string): void;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(SUGGESTIONS_PER_PAGE);
  const fixable = props.report?.findings.filter((f) => f.fix) ?? [];
  const safe = fixable.filter((f) => f.fix!.safe);
  const suggestions = fixable.filter((f) => !f.fix!.safe);
  return (
    <div className={styles.column}>
      {!props.report && <Text>请先在“检查”页检查当前工作表。</Text>}
      {props.report && (
        <>
          <Button appearance="primary" onClick={props.onPreviewSafe} disabled={props.busy || safe.length === 0 || props.preview !== null}>
            应用全部可自动修正（{safe.length} 个问题）…
          </Button>
          <Text size={200}>可自动修正的修改不会改变含义，例如给满意度补上“≥”和“%”、把“万”写全为“万元”。</Text>
        </>
      )}
      {props.preview && <SafePreview plan={props.preview} busy={props.busy} onApply={props.onApplySafe} onCancel={props.onCancelPreview} />}
      <Button onClick={props.onUndo} disabled={props.busy || !props.undoLabel}>
        {props.undoLabel ? `撤销：${props.undoLabel}` : '撤销'}
      </Button>
      {props.undoSteps.count > 0 && (
        <Text size={200} aria-label="可撤销的步数">
          可撤销 {props.undoSteps.count} 步，随工作簿保存，关闭任务窗格后仍可撤销
          {props.undoSteps.kept < props.undoSteps.count && `（只保存了最近 ${props.undoSteps.kept} 步：更早的步骤改动太多，没有随工作簿保存）`}。
        </Text>
      )}
      {suggestions.length > 0 && <Text weight="semibold">需要确认的建议（{suggestions.length}）</Text>}
      {suggestions.slice(0, shown).map((f, i) => (
        <Card key={`${f.cell}-${f.check}-${i}`} size="small" aria-label={`${f.fix!.cell} 的修改建议`}>
          <Button appearance="transparent" size="small" onClick={() => props.onSelect(f.cell)}>
            {f.fix!.cell}
          </Button>
          <Text className={styles.change}>
            “{f.fix!.from}” → “{f.fix!.to}”
          </Text>
          <Text size={200}>{messageBody(f)}</Text>
          <Button size="small" onClick={() => props.onApply(f)} disabled={props.busy}>
            应用此项
          </Button>
        </Card>
      ))}
      {suggestions.length > shown && (
        <Button appearance="secondary" onClick={() => setShown((n) => n + SUGGESTIONS_PER_PAGE)}>
          再显示 {Math.min(SUGGESTIONS_PER_PAGE, suggestions.length - shown)} 条建议（其余 {suggestions.length - shown} 条）
        </Button>
      )}
    </div>
  );
}

/** Changes listed before 应用全部 writes them; the rest are counted. */
export const PREVIEW_LINES = 50;

/** Every cell 应用全部 would change, old → new, and the count it will apply. */
function SafePreview(props: { plan: EditPlan; busy: boolean; onApply(plan: EditPlan): void; onCancel(): void }) {
  const styles = useStyles();
  const { changes, unmerge } = props.plan;
  return (
    <Card size="small" aria-label="将要应用的修改">
      <Text weight="semibold">
        将修改 {changes.length} 个单元格{unmerge.length ? `，拆分 ${unmerge.length} 处合并单元格` : ''}：
      </Text>
      <ul>
        {changes.slice(0, PREVIEW_LINES).map((change) => (
          <li key={change.cell}>
            <Text className={styles.change}>
              {change.cell}：“{change.from}” → “{change.to}”
            </Text>
          </li>
        ))}
      </ul>
      {changes.length > PREVIEW_LINES && <Text size={200}>另有 {changes.length - PREVIEW_LINES} 处未列出。</Text>}
      {props.plan.formulaCells?.length ? <Text size={200}>{formulaSentence(props.plan.formulaCells, '不会改写')}</Text> : null}
      <Button appearance="primary" onClick={() => props.onApply(props.plan)} disabled={props.busy || changes.length === 0}>
        确认修改 {changes.length} 个单元格
      </Button>
      <Button onClick={props.onCancel} disabled={props.busy}>
        取消
      </Button>
    </Card>
  );
}
