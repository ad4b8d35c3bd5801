// `jixiao fix <file> [-o OUT] [--all] [--force]`: plans the fixes, writes them into a new workbook, lists every change.
import { planWorkbook } from '../core/plan';
import type { Args, Io } from './main';
import { refusedLines } from '../xlsx/write';
import { outputOf, rewriteWorkbook } from './rewrite';

export async function fixCommand(args: Args, io: Io): Promise<number> {
  const [input] = args.inputs;
  const output = outputOf(args, 'fixed');
  const all = args.flags.has('--all');
  return rewriteWorkbook(
    input,
    output,
    io,
    (grids) => ({ plan: planWorkbook(grids, { all }) }),
    ({ plan }, refused, written) => {
      const lines = [
        written
          ? `已写入“${output.file}”：修正 ${plan.changes.length - refused.length} 处${plan.unmerge.length ? `，拆分合并单元格 ${plan.unmerge.length} 处` : ''}。`
          : `没有可写入的修正，未写入“${output.file}”。`,
      ];
      for (const { range, sheet } of plan.unmerge) lines.push(`  ${sheet}!${range}：拆分合并单元格`);
      const notWritten = new Set(refused.map((r) => r.change));
      for (const c of plan.changes.filter((change) => !notWritten.has(change))) {
        const format = c.fromFormat !== c.toFormat ? `（数字格式改为 ${c.toFormat}，数值不变）` : '';
        lines.push(`  ${c.sheet}!${c.cell}：“${c.from}” → “${c.to}”${format}（${c.checks.join('、')}）`);
      }
      const formulaCells = plan.formulaCells ?? [];
      if (formulaCells.length > 0) {
        lines.push(`以下 ${formulaCells.length} 处是公式单元格，没有改写（常量会取代公式；请在 Excel 中修改公式或它引用的单元格）：`);
        for (const { sheet, cell } of formulaCells) lines.push(`  ${sheet}!${cell}`);
      }
      const onFormula = new Set(formulaCells.map(({ sheet, cell }) => `${sheet}!${cell}`));
      const skipped = plan.skipped.filter((f) => !onFormula.has(`${f.sheet}!${f.fix!.cell}`));
      if (skipped.length > 0) {
        const hint = all ? '这些修正互相冲突或修正后仍有问题，请在表中逐条核对。' : '请用 jixiao check 逐条核对；确认无误后可加 --all 一并应用。';
        lines.push(`另有 ${skipped.length} 条建议未应用：${hint}`);
      }
      lines.push(...refusedLines(refused));
      io.out(`${lines.join('\n')}\n`);
    },
  );
}
