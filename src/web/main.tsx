// The web page (`npm run build:web` → dist/web/): the real task pane beside the sheet, on a workbook opened in the
// browser, for desktops without Excel add-ins (WPS 表格). Reading, checking, fixing and writing the result all happen
// in the page with the code the CLI uses; the page sends nothing anywhere. The workbench (`npm start`) serves this
// same page with the bundled samples: `?sample=<file>` opens one of them and shows the count of context.sync() calls.
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SheetGrid } from '../core/grid';
import type { EditPlan } from '../core/plan';
import { App } from '../taskpane/App';
import { excelPort, memoryStore, SETTINGS_KEY, type DocumentStore, type SheetPort } from '../taskpane/port';
import type { FakeExcel } from '../workbench/fake-excel';
import { fakeExcelFromGrids } from '../workbench/from-grid';
import { SheetView } from '../workbench/SheetView';
import { displayText } from '../xlsx/display';
import { readWorkbook } from '../xlsx/read';
import { applyPlanToXlsx, refusedLines, resultFileName } from '../xlsx/write';
import { conclusionOf } from '../core/review';
import { REVIEW_FILE, reviewFiles } from './review';
import { planOfPage, resultSuffix, WrittenBy } from './save';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: '1fr 350px', gridTemplateRows: 'auto auto 1fr auto', height: '100vh' },
  bar: { gridColumn: '1 / 3', display: 'flex', gap: '12px', alignItems: 'center', padding: '6px 12px', backgroundColor: '#107c41', color: 'white' },
  privacy: { marginLeft: 'auto', fontSize: '12px' },
  notice: { gridColumn: '1 / 3' },
  sheet: { overflow: 'hidden', borderRight: '1px solid #ddd' },
  empty: { padding: '48px', display: 'flex', flexDirection: 'column', gap: '12px', alignItems: 'flex-start' },
  pane: { overflow: 'auto' },
  status: { gridColumn: '1 / 3', padding: '2px 12px', fontSize: '12px', borderTop: '1px solid #ddd', display: 'flex', gap: '16px', alignItems: 'center' },
});

/** The sample the page opens when it is served by the workbench, from the address (`?sample=<file>`). */
const SAMPLE = new URLSearchParams(location.search).get('sample');

/**
 * A workbook's document settings in the page: the pane's settings kept in the browser across visits, the rest (its
 * undo history) with the workbook open in the page, which a reload discards.
 */
function pageStore(): DocumentStore {
  const memory = memoryStore();
  return {
    get: (key) => (key === SETTINGS_KEY ? JSON.parse(localStorage.getItem(key) ?? 'null') : memory.get(key)),
    set: async (key, value) => (key === SETTINGS_KEY ? localStorage.setItem(key, JSON.stringify(value)) : memory.set(key, value)),
  };
}

/** A workbook open in the page: its bytes and sheets as read, and the in-memory Excel the pane works on. */
interface OpenWorkbook {
  file: string;
  bytes: Uint8Array;
  grids: SheetGrid[];
  excel: FakeExcel;
  writtenBy: WrittenBy;
  /** Counts the workbooks opened: the pane starts afresh for each, even one opened again under the same name. */
  opened: number;
}

/** Hands the bytes to the browser as a download named `name`. */
function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const pagePlan = (workbook: OpenWorkbook) => planOfPage(workbook.grids, workbook.excel.sheets, displayText, workbook.writtenBy);

/** What saving would write, in short: compared with the last save's to tell whether anything is left unsaved. */
const fingerprint = (plan: EditPlan) => JSON.stringify([plan.changes.map((c) => [c.sheet, c.cell, c.toValue, c.toFormat]), plan.unmerge]);
const NOTHING_CHANGED = fingerprint({ changes: [], unmerge: [], skipped: [] });

function WebPage() {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<OpenWorkbook | null>(null);
  const [notice, setNotice] = useState<{ intent: 'error' | 'success' | 'info'; lines: string[] } | null>(null);
  const [busy, setBusy] = useState<string | null>(SAMPLE ? '正在打开示例…' : null);
  const [, repaint] = useState(0);
  const picker = useRef<HTMLInputElement>(null);
  // What was saved last (or nothing, as opened): leaving the page or opening another file asks first only when the
  // workbook holds more than that.
  const saved = useRef(NOTHING_CHANGED);
  const unsaved = () => workbook !== null && fingerprint(pagePlan(workbook)) !== saved.current;

  async function open(file: string, bytes: Promise<Uint8Array>): Promise<void> {
    if (unsaved() && !window.confirm(`“${workbook!.file}”的修改还没有保存，打开其他文件会丢失这些修改。继续打开吗？`)) return;
    setBusy(`正在打开“${file}”…`);
    setNotice(null);
    try {
      const data = await bytes;
      const grids = await readWorkbook(data, file);
      const excel = fakeExcelFromGrids(grids, displayText);
      excel.onSync = () => repaint((n) => n + 1);
      saved.current = NOTHING_CHANGED;
      setWorkbook((previous) => ({ file, bytes: data, grids, excel, writtenBy: new WrittenBy(), opened: (previous?.opened ?? 0) + 1 }));
    } catch (error) {
      setNotice({ intent: 'error', lines: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(null);
    }
  }

  const openFile = (file: File) =>
    open(
      file.name,
      file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
    );

  /** Several files at once: a reviewer's batch, checked into the review workbook; one file opens in the pane. */
  async function openFiles(files: File[]): Promise<void> {
    if (files.length === 1) return openFile(files[0]);
    if (files.length === 0) return;
    setNotice(null);
    setBusy(`正在检查 ${files.length} 个文件…`);
    try {
      const { checked, bytes } = await reviewFiles(files, (done) => setBusy(`正在检查 ${files.length} 个文件：已完成 ${done} 个`));
      download(bytes, REVIEW_FILE);
      setNotice({
        intent: 'success',
        lines: [
          `已检查 ${checked.length} 个文件，审核汇总已下载为“${REVIEW_FILE}”：`,
          ...checked.map((file) => `  ${file.file}：${conclusionOf(file)}`),
          '要在窗格中查看或修正某个文件，请单独打开它。',
        ],
      });
    } catch (error) {
      setNotice({ intent: 'error', lines: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(null);
    }
  }

  useEffect(() => {
    if (SAMPLE === null) return;
    const name = SAMPLE;
    void open(
      name,
      fetch(`samples/${encodeURIComponent(name)}`).then(async (response) => {
        if (!response.ok) throw new Error(`找不到示例“${name}”。`);
        return new Uint8Array(await response.arrayBuffer());
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the sample is opened once, when the page loads
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  });

  async function save(): Promise<void> {
    if (!workbook) return;
    const plan = pagePlan(workbook);
    if (plan.changes.length === 0 && plan.unmerge.length === 0) {
      setNotice({ intent: 'info', lines: ['工作簿没有任何修改，没有生成新文件。'] });
      return;
    }
    setBusy('正在保存…');
    try {
      const { bytes, refused } = await applyPlanToXlsx(workbook.bytes, plan, workbook.file);
      const written = plan.changes.length - refused.length;
      if (written === 0 && plan.unmerge.length === 0) {
        setNotice({ intent: 'error', lines: ['没有生成新文件：所有修改都落在公式单元格上。', ...refusedLines(refused)] });
        return;
      }
      const name = resultFileName(workbook.file, resultSuffix(plan));
      download(bytes, name);
      saved.current = fingerprint(plan);
      setNotice({
        intent: refused.length > 0 ? 'info' : 'success',
        lines: [`已保存为“${name}”：修改了 ${written} 个单元格，原文件没有改动。`, ...refusedLines(refused)],
      });
    } catch (error) {
      setNotice({ intent: 'error', lines: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setBusy(null);
    }
  }

  const port = useMemo<SheetPort | null>(() => {
    if (!workbook) return null;
    const inner = excelPort((batch) => workbook.excel.run((context) => batch(context as unknown as Excel.RequestContext)), pageStore());
    return {
      ...inner,
      apply: (sheetId, edit) => {
        workbook.writtenBy.record(edit);
        return inner.apply(sheetId, edit);
      },
    };
  }, [workbook]);

  return (
    <div
      className={styles.page}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void openFiles([...event.dataTransfer.files]);
      }}
    >
      <div className={styles.bar}>
        <Text weight="semibold">绩效表校验助手（网页版）</Text>
        <Text>{workbook?.file ?? ''}</Text>
        <Button size="small" onClick={() => picker.current?.click()}>
          打开 .xlsx…
        </Button>
        <Button size="small" appearance="primary" disabled={!workbook || busy !== null} onClick={() => void save()}>
          保存为新文件
        </Button>
        <input
          id="open-file"
          ref={picker}
          type="file"
          accept=".xlsx,.xlsm"
          multiple
          hidden
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void openFiles(files);
          }}
        />
        <Text className={styles.privacy}>文件只在这台电脑的浏览器里处理，不会上传。</Text>
      </div>
      <div className={styles.notice}>
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody style={{ whiteSpace: 'pre-wrap' }}>{notice.lines.join('\n')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.sheet}>
        {workbook ? (
          <SheetView excel={workbook.excel} />
        ) : (
          <div className={styles.empty}>
            <Text size={500}>{busy ?? '把绩效目标表或自评表（.xlsx）拖到这里，或点“打开 .xlsx…”。'}</Text>
            <Text>检查、修正和自评的结果用“保存为新文件”另存，原文件不会改动。</Text>
            <Text>一次选中或拖入多个文件，则逐个检查并下载一份“{REVIEW_FILE}”，与命令行 check --report 的相同。</Text>
          </div>
        )}
      </div>
      <div className={styles.pane}>{port && <App key={workbook!.opened} port={port} />}</div>
      <div className={styles.status}>
        {workbook && workbook.excel.sheets.length > 1 && (
          <TabList size="small" selectedValue={String(workbook.excel.activeIndex)} onTabSelect={(_, d) => workbook.excel.activate(Number(d.value))}>
            {workbook.excel.sheets.map((s, i) => (
              <Tab key={s.name} value={String(i)}>
                {s.name}
              </Tab>
            ))}
          </TabList>
        )}
        {busy && workbook && <Text>{busy}</Text>}
        {SAMPLE !== null && <Text data-testid="sync-count">context.sync() 次数：{workbook?.excel.syncCount ?? 0}</Text>}
      </div>
    </div>
  );
}

createRoot(document.getElementById('page')!).render(
  <FluentProvider theme={webLightTheme}>
    <WebPage />
  </FluentProvider>,
);
