// `jixiao fix <file> [-o OUT] [--all]`: plans the fixes, writes them into a new workbook, lists every change.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { planWorkbook } from '../core/plan';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';
import { applyPlanToXlsx, WorkbookWriteError } from '../xlsx/write';
import type { Args, Io } from './main';

/** "表.xlsx" → "表.fixed.xlsx", beside the input. */
export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.fixed.xlsx`);
}

export async function fixCommand({ inputs, flags, values }: Args, io: Io): Promise<number> {
  const [input] = inputs;
  const output = values.get('-o') ?? defaultOutput(input);
  const all = flags.has('--all');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(input);
  } catch {
    io.err(`找不到“${input}”。请检查路径是否正确。\n`);
    return 2;
  }
  try {
    const plan = planWorkbook(await readWorkbook(bytes, input), { all });
    // Nothing to change: the output is the input, byte for byte.
    const fixed = plan.changes.length > 0 ? await applyPlanToXlsx(bytes, plan, input) : bytes;
    await fs.writeFile(output, fixed);
    const lines = [`已写入“${output}”：修正 ${plan.changes.length} 处${plan.unmerge.length ? `，拆分合并单元格 ${plan.unmerge.length} 处` : ''}。`];
    for (const { range, sheet } of plan.unmerge) lines.push(`  ${sheet}!${range}：拆分合并单元格`);
    for (const c of plan.changes) {
      const format = c.fromFormat !== c.toFormat ? `（数字格式改为 ${c.toFormat}，数值不变）` : '';
      lines.push(`  ${c.sheet}!${c.cell}：“${c.from}” → “${c.to}”${format}（${c.checks.join('、')}）`);
    }
    if (plan.skipped.length > 0) {
      const hint = all ? '这些修正互相冲突或修正后仍有问题，请在表中逐条核对。' : '请用 jixiao check 逐条核对；确认无误后可加 --all 一并应用。';
      lines.push(`另有 ${plan.skipped.length} 条建议未应用：${hint}`);
    }
    io.out(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
