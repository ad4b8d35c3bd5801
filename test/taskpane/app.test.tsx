/** @jest-environment jsdom */
// The task pane as a user drives it: the real App, Session and adapter on the in-memory Excel with seed 004 open.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { Settings } from '../../src/core/check';
import { excelPort, memoryStore, SETTINGS_KEY } from '../../src/taskpane/port';
import type { FakeExcel } from '../../src/workbench/fake-excel';
import { fakeExcelFromGrids } from '../../src/workbench/from-grid';
import { displayText as display } from '../../src/xlsx/display';
import { seedGrids } from '../support/seed';

async function openPane(id: '000' | '004' = '004') {
  const [grid] = await seedGrids(id);
  const excel = fakeExcelFromGrids([grid], display);
  const store = memoryStore();
  const port = excelPort((batch) => excel.run((context) => batch(context as unknown as Excel.RequestContext)), store);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
  return { excel, store };
}

const value = (excel: FakeExcel, cell: string) => excel.activeSheet.cells.get(cell)?.value ?? null;

/** The finding buttons shown, each reading "<severity><cell><title><message>". */
const findingButtons = (label: string) => screen.queryAllByRole('button').filter((b) => new RegExp(`^${label}[A-Z]+\\d+`, 'u').test(b.textContent ?? ''));

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '检查当前工作表' }));
  return screen.findByRole('status');
}

test('检查: a summary, findings grouped by table, and a click selects the cell', async () => {
  const { excel } = await openPane();
  expect((await check()).textContent).toContain('12 张表，83 项指标；错误 26，警告 110，提示 84');
  // Findings are grouped by table; 目标2 is folded until the user opens it.
  expect(findingButtons('错误').some((b) => b.textContent!.startsWith('错误E23'))).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: /^目标2 /u }));
  const finding = await waitFor(() => findingButtons('错误').find((b) => b.textContent!.startsWith('错误E23'))!);
  fireEvent.click(finding);
  await waitFor(() => expect(excel.activeSheet.selected).toBe('E23:E23'));
});

test('检查: the severity filter hides the kinds switched off', async () => {
  await openPane();
  await check();
  expect(findingButtons('提示').length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole('button', { name: '提示 84' }));
  fireEvent.click(screen.getByRole('button', { name: '警告 110' }));
  await waitFor(() => expect(findingButtons('提示')).toHaveLength(0));
  expect(findingButtons('警告')).toHaveLength(0);
  expect(findingButtons('错误').length).toBeGreaterThan(0);
});

test("检查: highlighting flagged cells and clearing restores the user's own fill", async () => {
  const { excel } = await openPane();
  excel.activeSheet.cells.set('E23', { ...excel.activeSheet.cells.get('E23')!, fill: '#C6EFCE' });
  await check();
  fireEvent.click(screen.getByRole('button', { name: '在表中标出这些单元格' }));
  await waitFor(() => expect(excel.activeSheet.cells.get('E23')?.fill).toBe('#FFE699'));
  fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
  await waitFor(() => expect(excel.activeSheet.cells.get('E23')?.fill).toBe('#C6EFCE'));
  expect(excel.activeSheet.cells.get('E14')?.fill).toBeNull();
});

test('修正: all safe fixes in one click, one suggestion on its own, and 撤销 restores the cells', async () => {
  const { excel } = await openPane();
  await check();
  fireEvent.click(screen.getByRole('tab', { name: '修正' }));
  // 应用全部 first lists what it will change, and applies exactly that many cells.
  fireEvent.click(screen.getByRole('button', { name: '应用全部可自动修正（97 个问题）…' }));
  const preview = await screen.findByRole('group', { name: '将要应用的修改' });
  expect(within(preview).getByText('E14：“≤2万” → “≤2万元”')).toBeTruthy();
  expect(value(excel, 'E14')).toBe('≤2万');
  fireEvent.click(within(preview).getByRole('button', { name: '确认修改 97 个单元格' }));
  await screen.findByText('已自动修正 97 个单元格，可随时撤销。');
  expect([value(excel, 'E14'), excel.activeSheet.cells.get('F13')?.format]).toEqual(['≤2万元', '0%']);
  expect(screen.getByLabelText('可撤销的步数').textContent).toBe('可撤销 1 步，随工作簿保存，关闭任务窗格后仍可撤销。');

  const card = screen.getByRole('group', { name: 'E23 的修改建议' });
  expect(within(card).getByText('“≥15万元” → “≤15万元”')).toBeTruthy();
  fireEvent.click(within(card).getByRole('button', { name: '应用此项' }));
  await screen.findByText('已修正 E23。');
  expect([value(excel, 'E23'), excel.activeSheet.selected]).toEqual(['≤15万元', 'E23:E23']);

  fireEvent.click(screen.getByRole('button', { name: '撤销：修正 E23' }));
  await screen.findByText('已撤销“修正 E23”。');
  expect(value(excel, 'E23')).toBe('≥15万元');
  fireEvent.click(screen.getByRole('button', { name: '撤销：自动修正' }));
  await screen.findByText('已撤销“自动修正”。');
  expect([value(excel, 'E14'), value(excel, 'E23'), excel.activeSheet.cells.get('F13')?.format ?? null]).toEqual(['≤2万', '≥15万', null]);
});

test('自评: writes the columns and shows the total; 撤销 removes them', async () => {
  const { excel } = await openPane();
  fireEvent.click(screen.getByRole('tab', { name: '自评' }));
  fireEvent.click(screen.getByRole('button', { name: '计算完成率和得分' }));
  expect((await screen.findByLabelText('总分')).textContent).toBe('总分 92.33（优）');
  expect(screen.getByText('预算执行率 498.18%，得分 10.00（无调整后预算，按年初预算计算）')).toBeTruthy();
  // Before the total: the rows left unscored, each with its reason, and the errors still on the sheet.
  const unscored = screen.getByLabelText('未计分的指标');
  expect(unscored.textContent).toContain('2 项指标未计分');
  expect(unscored.textContent).toContain('F63“对培训人员的住宿、就餐补助及学费补助”：指标值无法识别，未计分');
  expect(screen.getByText(/^表中还有 \d+ 个错误级问题，修正后总分可能变化。$/u)).toBeTruthy();
  expect([value(excel, 'H14'), value(excel, 'I107')]).toEqual([0.3571, 92.33]);
  fireEvent.click(screen.getByRole('button', { name: '撤销：自评' }));
  await screen.findByText('已撤销“自评”。');
  expect([value(excel, 'H14'), value(excel, 'H11')]).toEqual([null, null]);
});

test('设置: choices are saved with the workbook and used by the next evaluation', async () => {
  const { excel, store } = await openPane();
  fireEvent.click(screen.getByRole('tab', { name: '设置' }));
  fireEvent.click(screen.getByRole('radio', { name: '线性法：1 − (实际值 − 目标值) ÷ 目标值' }));
  await waitFor(() => expect((store.values.get(SETTINGS_KEY) as Settings | undefined)?.reverse).toBe('linear'));
  fireEvent.click(screen.getByRole('tab', { name: '自评' }));
  fireEvent.click(screen.getByRole('button', { name: '计算完成率和得分' }));
  await screen.findByLabelText('总分');
  // 目标1 成本 ≤2万 → 5.6万 scores 0 under the linear form.
  expect(value(excel, 'I14')).toBe(0);
});

test('a protected sheet is checked but never written, and says why', async () => {
  const { excel } = await openPane();
  excel.activeSheet.protected = true;
  await check();
  fireEvent.click(screen.getByRole('tab', { name: '修正' }));
  fireEvent.click(screen.getByRole('button', { name: '应用全部可自动修正（97 个问题）…' }));
  fireEvent.click(await screen.findByRole('button', { name: '确认修改 97 个单元格' }));
  expect((await screen.findByText(/受保护，无法写入/u)).textContent).toContain('撤消工作表保护');
  expect(value(excel, 'E14')).toBe('≤2万');
});

test('应用全部 writes nothing when the sheet changed after the preview, and says so', async () => {
  const { excel } = await openPane();
  await check();
  fireEvent.click(screen.getByRole('tab', { name: '修正' }));
  fireEvent.click(screen.getByRole('button', { name: '应用全部可自动修正（97 个问题）…' }));
  const confirm = await screen.findByRole('button', { name: '确认修改 97 个单元格' });
  excel.activeSheet.cells.set('E14', { value: '≤3万', format: null, fill: null });
  fireEvent.click(confirm);
  await screen.findByText(/可自动修正的内容已与预览不同，没有写入/u);
  // Not one of the 97 was written: F13's 0.8 is still unformatted.
  expect([value(excel, 'E14'), excel.activeSheet.cells.get('F13')?.format ?? null]).toEqual(['≤3万', null]);
  expect(screen.getByRole('button', { name: '撤销' })).toBeTruthy();
});

test('a sheet without an indicator table says so', async () => {
  const excel = fakeExcelFromGrids([{ name: '说明', values: [['本工作簿的说明'], ['填报人', '张三']], merges: [] }], display);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={excelPort((b) => excel.run((c) => b(c as unknown as Excel.RequestContext)), memoryStore())} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: '检查当前工作表' }));
  expect(await screen.findByText(/未在“说明”上找到绩效指标表/u)).toBeTruthy();
  await act(async () => undefined);
});
