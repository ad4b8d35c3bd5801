// The task pane: 检查 / 修正 / 自评 / 设置 on the active sheet, one Session per pane.
import { makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Settings } from '../core/check';
import type { SheetReport } from '../core/engine';
import type { SheetEvaluation } from '../core/evaluate';
import type { EditPlan } from '../core/plan';
import { CheckView } from './components/CheckView';
import { EvaluateView } from './components/EvaluateView';
import { FixView } from './components/FixView';
import { SettingsView } from './components/SettingsView';
import type { SheetPort } from './port';
import { formulaSentence, Session, SessionError } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px', maxWidth: '350px', minWidth: '300px', boxSizing: 'border-box' },
  title: { color: tokens.colorBrandForeground1 },
});

type TabId = 'check' | 'fix' | 'evaluate' | 'settings';

export function App({ port }: { port: SheetPort }) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => port.loadSettings());
  // One session per workbook port; later settings reach it through setSettings.
  const session = useMemo(() => new Session(port, port.loadSettings()), [port]);
  const [tab, setTab] = useState<TabId>('check');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: 'error' | 'success' | 'info'; text: string } | null>(null);
  const [report, setReport] = useState<SheetReport | null>(null);
  const [preview, setPreview] = useState<EditPlan | null>(null);
  const [evaluation, setEvaluation] = useState<{ result: SheetEvaluation | null; written: number; errors: number } | null>(null);
  const [, rerender] = useState(0);
  session.onReadProgress = (done, total) => setBusy(`正在读取工作表：${done.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 行`);

  /** Runs one user action with a progress indicator; errors become a message, never a silent failure. */
  async function act(label: string, work: () => Promise<string | void>): Promise<void> {
    setBusy(label);
    setMessage(null);
    try {
      const done = await work();
      if (done) setMessage({ intent: 'success', text: done });
    } catch (error) {
      const text = error instanceof SessionError ? error.message : `操作失败：${error instanceof Error ? error.message : String(error)}`;
      setMessage({ intent: 'error', text });
    } finally {
      setBusy(null);
      rerender((n) => n + 1);
    }
  }

  const recheck = async () => {
    setPreview(null);
    setReport((await session.check()).report);
  };
  const check = () => act('正在检查…', recheck);
  const previewSafe = () => act('正在准备修改清单…', async () => setPreview(session.previewSafeFixes()));
  const applySafe = (plan: EditPlan) =>
    act('正在修正…', async () => {
      const n = await session.applySafeFixes(plan);
      await recheck();
      const formulas = plan.formulaCells?.length ? formulaSentence(plan.formulaCells, '没有改写') : '';
      return `${n ? `已自动修正 ${n} 个单元格，可随时撤销。` : '没有可自动修正的问题。'}${formulas}`;
    });
  const applyOne = (finding: Finding) =>
    act('正在修正…', async () => {
      await session.applyFix(finding);
      await recheck();
      // The user sees the cell that changed, as after typing into it.
      await session.select(finding.fix!.cell);
      return `已修正 ${finding.fix!.cell}。`;
    });
  const undo = () =>
    act('正在撤销…', async () => {
      const undone = await session.undo();
      await recheck();
      if (!undone) return undefined;
      const kept = undone.kept.length ? `${undone.kept.join('、')} 在那之后又有改动，保留了现在的内容。` : '';
      return `已撤销“${undone.label}”。${kept}`;
    });
  const evaluate = () =>
    act('正在计算…', async () => {
      const { written, evaluation: result, errors } = await session.evaluate();
      setEvaluation({ result, written, errors });
      await recheck();
    });
  const changeSettings = (next: Settings) =>
    act('正在保存设置…', async () => {
      setSettings(next);
      session.setSettings(next);
      await port.saveSettings(next);
    });

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        绩效表校验助手
      </Text>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} size="small">
        <Tab value="check">检查</Tab>
        <Tab value="fix">修正</Tab>
        <Tab value="evaluate">自评</Tab>
        <Tab value="settings">设置</Tab>
      </TabList>
      {busy && <Spinner size="tiny" label={busy} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {tab === 'check' && (
        <CheckView
          report={report}
          busy={busy !== null}
          highlighted={session.isHighlighted}
          onCheck={check}
          onSelect={(cell) => act('', () => session.select(cell))}
          onHighlight={(cells) => act('正在标记…', () => session.highlight(cells))}
          onClearHighlight={() => act('正在清除标记…', () => session.clearHighlight())}
        />
      )}
      {tab === 'fix' && (
        <FixView
          report={report}
          busy={busy !== null}
          undoLabel={session.undoLabel}
          undoSteps={session.undoSteps}
          preview={preview}
          onPreviewSafe={previewSafe}
          onApplySafe={applySafe}
          onCancelPreview={() => setPreview(null)}
          onApply={applyOne}
          onUndo={undo}
          onSelect={(cell) => act('', () => session.select(cell))}
        />
      )}
      {tab === 'evaluate' && (
        <EvaluateView
          evaluation={evaluation?.result ?? null}
          written={evaluation?.written ?? null}
          errors={evaluation?.errors ?? 0}
          busy={busy !== null}
          undoLabel={session.undoLabel}
          onEvaluate={evaluate}
          onUndo={undo}
        />
      )}
      {tab === 'settings' && <SettingsView settings={settings} onChange={changeSettings} />}
    </main>
  );
}
