import { seedGrids } from './test/support/seed';
import { planEvaluation } from './src/core/evaluation-plan';
import { applyChanges } from './src/core/plan';
(async () => {
  const id = process.argv[2] as any;
  const [sheet] = await seedGrids(id);
  const { plan, evaluation } = planEvaluation(sheet);
  for (const c of plan.changes.slice(0, Number(process.argv[3] ?? 40))) console.log(c.cell, JSON.stringify(c.toValue), c.to, c.toFormat ?? '');
  console.log('changes', plan.changes.length, 'total', evaluation?.total?.toString(), evaluation?.grade);
  const again = planEvaluation(applyChanges(sheet, plan.changes));
  console.log('second run changes', again.plan.changes.length, again.plan.changes.slice(0,5).map(c=>c.cell+' '+c.to));
})();
