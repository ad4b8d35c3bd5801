// The Office.js adapter on the seed sheets made messy at random (see support/messy.ts): it translates and decides
// nothing, so Excel's sheet read back must check as the file reader's grid does, a fix plan written in one sync must
// leave the sheet the core's plan describes and its undo in one more give the user's sheet back, and the
// self-evaluation's columns must land where the core planned them.
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import { planEvaluation } from '../../src/core/evaluation-plan';
import type { SheetGrid } from '../../src/core/grid';
import { planSheet } from '../../src/core/plan';
import { applyEdit, editOfPlan, readSheet } from '../../src/excel/adapter';
import { fakeExcelFromGrids } from '../../src/workbench/from-grid';
import { displayText } from '../../src/xlsx/display';
import { applied, contentOf, undoEdit } from '../support/grid';
import { messy, messySheet, seedSheets } from '../support/messy';

let seeds: SheetGrid[];
beforeAll(async () => {
  seeds = await seedSheets();
});

const reportOf = (sheet: SheetGrid) => checkSheet(sheet).findings.map((f) => `${f.cell} ${f.check} ${f.message}`);

test('read, fixed, undone and evaluated through the adapter, a messy sheet stays what the core says, one sync each', async () => {
  await fc.assert(
    fc.asyncProperty(messySheet, fc.boolean(), async ([seed, edits], all) => {
      const sheet = messy(seeds[seed], edits);
      const excel = fakeExcelFromGrids([sheet], displayText);
      const context = await excel.run(async (ctx) => ctx as unknown as Excel.RequestContext);
      const read = (await readSheet(context, null)).grid;
      expect(excel.syncCount).toBe(1);
      expect(reportOf(read)).toEqual(reportOf(sheet));

      const plan = planSheet(read, { all });
      await applyEdit(context, excel.activeSheet.id, editOfPlan(plan));
      expect(excel.syncCount).toBe(2);
      const fixed = (await readSheet(context, null)).grid;
      expect(contentOf(fixed)).toEqual(contentOf(applied(read, plan)));

      await applyEdit(context, excel.activeSheet.id, undoEdit(plan));
      expect(excel.syncCount).toBe(4);
      expect(contentOf((await readSheet(context, null)).grid)).toEqual(contentOf(sheet));

      const evaluation = planEvaluation(read).plan;
      await applyEdit(context, excel.activeSheet.id, editOfPlan(evaluation));
      expect(excel.syncCount).toBe(6);
      expect(contentOf((await readSheet(context, null)).grid)).toEqual(contentOf(applied(read, evaluation)));
    }),
    { numRuns: 100 },
  );
});
