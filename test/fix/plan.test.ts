// Edit plans on the seed workbooks: the exact safe fixes, suggestions left for review, round trips and undo.
import { DEFAULT_SETTINGS } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import type { SheetGrid } from '../../src/core/grid';
import { applyChanges, planSheet, revertChanges, type EditPlan } from '../../src/core/plan';
import { seedGrids, type SeedId } from '../support/seed';
import { applied, grid, targetTable } from '../support/grid';

const changesOf = (plan: EditPlan) => plan.changes.map((c) => [c.cell, c.to, c.checks.join('+')]);
const countBy = (items: string[]) => items.reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});

describe('safe fixes on the seeds', () => {
  test('seed 000 and 001 need none', async () => {
    for (const id of ['000', '001'] as const) {
      const [sheet] = await seedGrids(id);
      expect(planSheet(sheet, { all: false })).toEqual({ changes: [], unmerge: [], skipped: [] });
    }
  });

  test('seed 002: % on bare rates, ＝100% on bounded rates and satisfaction; completion rates and 90100 wait for review', async () => {
    const [sheet] = await seedGrids('002');
    const plan = planSheet(sheet, { all: false });
    const bounded = ['E21', 'E22', 'E34', 'E35', 'E47', 'E48', 'E60', 'E61', 'E74', 'E126'];
    const completion = ['E20', 'E33', 'E46', 'E59'];
    expect(changesOf(plan)).toEqual(
      [...bounded.map((cell) => [cell, '＝100%', 'missing-operator']), ...completion.map((cell) => [cell, '100%', 'missing-unit'])].sort(
        (a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)),
      ),
    );
    expect(countBy(plan.skipped.map((f) => f.check))).toEqual({ 'lost-range-separator': 16, 'missing-operator': 4 });
  });

  test('seed 003: the trailing 。, ＝100% on 覆盖率 and 满意度, the 满意度指标 synonym', async () => {
    const [sheet] = await seedGrids('003');
    const plan = planSheet(sheet, { all: false });
    expect(changesOf(plan)).toEqual([
      ['H18', '69000人', 'malformed-number'],
      ['E19', '＝100%', 'missing-operator'],
      ['H19', '＝100%', 'missing-operator'],
      ['E23', '＝100%', 'missing-operator'],
      ['F23', '服务对象满意度指标', 'level-name-synonym'],
      ['H23', '＝100%', 'missing-operator'],
    ]);
    expect(countBy(plan.skipped.map((f) => f.check))).toEqual({ 'missing-operator': 6, 'percent-ceiling': 2, 'text-in-value': 2, 'unknown-level-name': 1 });
  });

  test('seed 004: 97 safe edits; every change of meaning is left for review', async () => {
    const [sheet] = await seedGrids('004');
    const plan = planSheet(sheet, { all: false });
    expect(countBy(plan.changes.map((c) => c.checks.join('+')))).toEqual({
      'level-name-synonym': 34,
      'missing-operator': 9,
      'percent-as-fraction': 29,
      'percent-ceiling': 1,
      'unit-spelling': 24,
    });
    // Fractions keep their numeric value and gain the 0% format.
    expect(plan.changes.find((c) => c.cell === 'F13')).toMatchObject({
      from: '0.8',
      to: '80%',
      fromValue: 0.8,
      toValue: 0.8,
      fromFormat: null,
      toFormat: '0%',
    });
    expect(plan.unmerge).toEqual([]);
    expect(countBy(plan.skipped.map((f) => f.check))).toEqual({
      // Once E18 shows "100%", the "=" typed into D18's name can move into it: a suggestion, like the others.
      'actual-has-operator': 3,
      'decimal-comma': 1,
      'hierarchy-parent': 12,
      'misplaced-operator': 1,
      'missing-operator': 3,
      'missing-unit': 1,
      'operator-direction': 7,
      'percent-ceiling': 4,
      'value-in-words': 3,
    });
  });
});

describe.each(['002', '003', '004'] as SeedId[])('seed %s round trips', (id) => {
  test('after the safe fixes, no fixed cell is reported again by the check that fixed it, and a second plan is empty', async () => {
    const [sheet] = await seedGrids(id);
    const plan = planSheet(sheet, { all: false });
    const fixed = applied(sheet, plan);
    const fixedKinds = new Set(plan.changes.flatMap((c) => c.checks.map((check) => `${c.cell} ${check}`)));
    const again = checkSheet(fixed).findings.map((f) => `${f.cell} ${f.check}`);
    expect(again.filter((k) => fixedKinds.has(k))).toEqual([]);
    expect(planSheet(fixed, { all: false }).changes).toEqual([]);
  });

  test('with --all every finding that carried a fix is gone', async () => {
    const [sheet] = await seedGrids(id);
    const plan = planSheet(sheet, { all: true });
    expect(plan.skipped).toEqual([]);
    expect(checkSheet(applied(sheet, plan)).findings.filter((f) => f.fix)).toEqual([]);
  });

  test('reverting restores every value, number format and merge exactly', async () => {
    const [sheet] = await seedGrids(id);
    const plan = planSheet(sheet, { all: true });
    const fixed = applied(sheet, plan);
    const restored = applyChanges(
      fixed,
      revertChanges(plan),
      [],
      plan.unmerge.map((u) => u.range),
    );
    // Rows as dense arrays without trailing blanks: a sparse row and one padded with nulls hold the same cells.
    const dense = (rows: unknown[][] | undefined) =>
      Array.from(rows ?? [], (row) => {
        const cells = Array.from(row ?? [], (v) => v ?? null);
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        return cells;
      });
    const view = (g: SheetGrid) => ({
      values: dense(g.values),
      formats: dense(g.numberFormats),
      merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    });
    expect(view(restored)).toEqual(view(sheet));
  });
});

test('seed 004 --all: the parent is written after splitting the merged 效益 cell, and edits compose over passes', async () => {
  const [sheet] = await seedGrids('004');
  const plan = planSheet(sheet, { all: true });
  expect(plan.unmerge.map((u) => u.range)).toContain('B15:B18');
  expect(plan.changes.find((c) => c.cell === 'B18')).toMatchObject({ from: '', to: '满意度指标', checks: ['hierarchy-parent'] });
  // One fix is its own end state: 2,53 → 2.53 with 万 written out as 万元 in the same step.
  expect(plan.changes.find((c) => c.cell === 'E63')).toMatchObject({ from: '≤2,53万', to: '≤2.53万元', checks: ['decimal-comma'] });
  // Two findings on one cell compose over passes: 1 → 100% (percent-as-fraction), then the ＝ moved out of the name.
  expect(plan.changes.find((c) => c.cell === 'E18')).toMatchObject({ from: '1', to: '＝100%', checks: ['percent-as-fraction', 'misplaced-operator'] });
  expect(plan.changes.find((c) => c.cell === 'E23')).toMatchObject({ from: '≥15万', to: '≤15万元' });
});

test('two fixes on one cell never apply in the same pass: the first wins, the next is re-checked', () => {
  // missing-operator (review, "＝100%") and missing-unit (safe, "100%") both fix D2.
  const sheet = targetTable(['产出指标', '时效指标', '完成率', 100]);
  expect(planSheet(sheet, { all: false }).changes.map((c) => [c.to, c.checks])).toEqual([['100%', ['missing-unit']]]);
  expect(planSheet(sheet, { all: true }).changes.map((c) => [c.to, c.checks])).toEqual([['＝100%', ['missing-operator']]]);
});

test('ASCII house style writes "=" instead of "＝"', () => {
  const sheet = grid([
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '100%'],
  ]);
  expect(planSheet(sheet, { all: false, settings: { ...DEFAULT_SETTINGS, operatorStyle: 'ascii' } }).changes[0].to).toBe('=100%');
});
