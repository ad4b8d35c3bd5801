// The workbench: the real task pane beside a rendered sheet, on the in-memory Excel, without Excel.
import { Button, FluentProvider, makeStyles, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { excelPort, memoryStore, SETTINGS_KEY, type DocumentStore } from '../taskpane/port';
import { displayText } from '../xlsx/display';
import type { FakeExcel } from './fake-excel';
import { fakeExcelFromGrids } from './from-grid';
import { SheetView } from './SheetView';
import type { WorkbookJson } from './server';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: '1fr 350px', gridTemplateRows: 'auto 1fr auto', height: '100vh' },
  bar: { gridColumn: '1 / 3', display: 'flex', gap: '12px', alignItems: 'center', padding: '6px 12px', borderBottom: '1px solid #ddd', backgroundColor: '#107c41', color: 'white' },
  sheet: { overflow: 'hidden', borderRight: '1px solid #ddd' },
  pane: { overflow: 'auto' },
  status: { gridColumn: '1 / 3', padding: '2px 12px', fontSize: '12px', borderTop: '1px solid #ddd', display: 'flex', gap: '16px', alignItems: 'center' },
});

/**
 * A workbook's document settings in the page: the pane's settings kept in the browser across visits, the rest (its
 * undo history) with the workbook open in the page, which a reload discards.
 */
function workbenchStore(): DocumentStore {
  const memory = memoryStore();
  return {
    get: (key) => (key === SETTINGS_KEY ? JSON.parse(localStorage.getItem(key) ?? 'null') : memory.get(key)),
    set: async (key, value) => (key === SETTINGS_KEY ? localStorage.setItem(key, JSON.stringify(value)) : memory.set(key, value)),
  };
}

async function fetchWorkbook(request: Promise<Response>): Promise<WorkbookJson> {
  const response = await request;
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `请求失败（${response.status}）`);
  return body as WorkbookJson;
}

function Workbench() {
  const styles = useStyles();
  // `opened` counts the workbooks opened: the pane starts afresh for each, even one opened again under the same name.
  const [workbook, setWorkbook] = useState<{ file: string; excel: FakeExcel; opened: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, repaint] = useState(0);

  const open = (request: Promise<Response>) =>
    fetchWorkbook(request).then(
      ({ file, sheets }) => {
        const excel = fakeExcelFromGrids(sheets, displayText);
        excel.onSync = () => repaint((n) => n + 1);
        setWorkbook((previous) => ({ file, excel, opened: (previous?.opened ?? 0) + 1 }));
        setError(null);
      },
      (e: Error) => setError(e.message),
    );

  useEffect(() => {
    const name = new URLSearchParams(location.search).get('sample');
    void open(fetch(`/api/sample${name ? `?name=${encodeURIComponent(name)}` : ''}`));
  }, []);

  const port = useMemo(() => workbook && excelPort((batch) => workbook.excel.run((context) => batch(context as unknown as Excel.RequestContext)), workbenchStore()), [workbook]);

  const upload = (file: File) => open(fetch('/api/open', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file }));

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Text weight="semibold">绩效表校验助手 · 演示台</Text>
        <Text>{workbook?.file ?? '正在打开示例…'}</Text>
        <Button size="small" onClick={() => document.getElementById('open-file')!.click()}>打开 .xlsx…</Button>
        <input id="open-file" type="file" accept=".xlsx" hidden onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      </div>
      <div className={styles.sheet}>{workbook ? <SheetView excel={workbook.excel} /> : <Text>{error ?? '正在加载…'}</Text>}</div>
      <div className={styles.pane}>{port && <App key={workbook!.opened} port={port} />}</div>
      <div className={styles.status}>
        {workbook && workbook.excel.sheets.length > 1 && (
          <TabList size="small" selectedValue={String(workbook.excel.activeIndex)} onTabSelect={(_, d) => workbook.excel.activate(Number(d.value))}>
            {workbook.excel.sheets.map((s, i) => <Tab key={s.name} value={String(i)}>{s.name}</Tab>)}
          </TabList>
        )}
        <Text data-testid="sync-count">context.sync() 次数：{workbook?.excel.syncCount ?? 0}</Text>
        {error && <Text role="alert">{error}</Text>}
      </div>
    </div>
  );
}

createRoot(document.getElementById('workbench')!).render(
  <FluentProvider theme={webLightTheme}>
    <Workbench />
  </FluentProvider>,
);
