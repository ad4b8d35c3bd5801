// The seed sheets made messier at random (see support/messy.ts), and what must hold on every one: the check runs,
// points only at cells that exist and proposes edits from what the cells show; fixes converge and undo exactly; the
// self-evaluation only writes into empty cells, scores within each row's weight, and a second run changes nothing.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import { planEvaluation } from '../../src/core/evaluation-plan';
import { GridView, parseA1, type SheetGrid } from '../../src/core/grid';
import { findTables } from '../../src/core/layout';
import { applyChanges, planSheet, revertChanges } from '../../src/core/plan';
import { parseValue } from '../../src/core/value/parse';
import { applied, contentOf } from '../support/grid';
import { messy, messySheet, seedSheets, stacked, VALUES, type Written } from '../support/messy';

let seeds: SheetGrid[];
beforeAll(async () => {
  seeds = await seedSheets();
});

const RUNS = { numRuns: 150 };

test('the check points only at cells of the sheet, and every edit it proposes starts from what the cell shows', () => {
  fc.assert(
    fc.property(messySheet, ([seed, edits]) => {
      const sheet = messy(seeds[seed], edits);
      const view = new GridView(sheet);
      const { findings } = checkSheet(sheet);
      for (const finding of findings) {
        const { row, col } = parseA1(finding.cell);
        expect(row).toBeLessThan(view.rowCount);
        expect(col).toBeLessThan(view.colCount);
        expect(finding.message.startsWith(`${finding.cell}：`)).toBe(true);
        expect(finding.message).not.toMatch(/\{\{|undefined|null|NaN/u);
        for (const e of finding.fix ? [finding.fix, ...(finding.fix.also ?? [])] : []) {
          const at = parseA1(e.cell);
          expect([e.cell, e.from]).toEqual([e.cell, view.text(at.row, at.col)]);
        }
      }
    }),
    RUNS,
  );
});

test('the same sheet always gives the same report, whatever was checked before it', () => {
  fc.assert(
    fc.property(messySheet, messySheet, ([seed, edits], [otherSeed, otherEdits]) => {
      const sheet = messy(seeds[seed], edits);
      const first = checkSheet(sheet).findings;
      checkSheet(messy(seeds[otherSeed], otherEdits));
      expect(checkSheet(sheet).findings).toEqual(first);
    }),
    { numRuns: 60 },
  );
});

test('safe fixes and all fixes converge in one plan, keep every amount they do not mean to change, and undo exactly', () => {
  fc.assert(
    fc.property(messySheet, fc.boolean(), ([seed, edits], all) => {
      const sheet = messy(seeds[seed], edits);
      const plan = planSheet(sheet, { all });
      const fixed = applied(sheet, plan);
      // Nothing left that the same plan would still change: no two fixes undo each other over passes.
      expect(planSheet(fixed, { all }).changes.map((c) => `${c.cell} ${c.from} → ${c.to} (${c.checks})`)).toEqual([]);
      if (!all) {
        for (const change of plan.changes) {
          const before = parseValue(change.from);
          if (before.amount === null || before.problems.length > 0 || change.fromFormat !== change.toFormat) continue;
          const after = parseValue(change.to);
          expect([change.cell, change.from, after.amount?.toString()]).toEqual([change.cell, change.from, before.amount.toString()]);
        }
      }
      const undone = applyChanges(
        fixed,
        revertChanges(plan),
        [],
        plan.unmerge.map((u) => u.range),
      );
      expect(contentOf(undone)).toEqual(contentOf(sheet));
    }),
    RUNS,
  );
});

test('the self-evaluation writes only into empty cells, scores each row within its weight, and a second run adds nothing', () => {
  fc.assert(
    fc.property(messySheet, ([seed, edits]) => {
      const sheet = messy(seeds[seed], edits);
      const view = new GridView(sheet);
      const { plan, evaluation } = planEvaluation(sheet);
      for (const change of plan.changes) {
        const { row, col } = parseA1(change.cell);
        expect([change.cell, view.text(row, col), view.merge(row, col)]).toEqual([change.cell, '', undefined]);
      }
      for (const { weight, evaluation: e } of evaluation?.rows ?? []) {
        if (weight === null || !e?.score) continue;
        expect(e.score.gte(0) && e.score.lte(weight)).toBe(true);
      }
      if (evaluation?.total) expect(evaluation.total.gte(0) && evaluation.total.lte(new Decimal(100))).toBe(true);
      expect(planEvaluation(applied(sheet, plan)).plan.changes).toEqual([]);
    }),
    RUNS,
  );
});

/** The sheet with every empty 实际完成值 of its indicators filled in, in turn from `actuals`: the user's next step. */
function withActuals(sheet: SheetGrid, actuals: Written[]): SheetGrid {
  const view = new GridView(sheet);
  const changes = findTables(sheet)
    .flatMap((table) => table.indicators)
    .flatMap((indicator, i) => {
      const { actual } = indicator;
      if (!actual || actual.text.trim() !== '' || view.merge(actual.row, actual.col)) return [];
      const written = actuals[i % actuals.length];
      return [
        {
          sheet: sheet.name,
          cell: actual.cell,
          from: '',
          to: written.text ?? String(written.value),
          fromValue: null,
          toValue: written.value,
          fromFormat: null,
          toFormat: written.format ?? null,
          checks: [],
        },
      ];
    });
  return applyChanges(sheet, changes);
}

test('target and self-evaluation tables on one sheet: filled in after a first run, the next run settles them', () => {
  fc.assert(
    fc.property(messySheet, messySheet, fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 8 }), ([a, editsA], [b, editsB], actuals) => {
      const sheet = stacked(messy(seeds[a], editsA), messy(seeds[b], editsB));
      const filled = withActuals(applied(sheet, planEvaluation(sheet).plan), actuals);
      const second = applied(filled, planEvaluation(filled).plan);
      expect(planEvaluation(second).plan.changes).toEqual([]);
    }),
    RUNS,
  );
});
