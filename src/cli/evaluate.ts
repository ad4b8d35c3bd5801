// `jixiao evaluate <file> [-o OUT] [--json] [--reverse ratio|linear] [--force]`: writes 完成率, 得分 and prompts into a new workbook.
import Decimal from 'decimal.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/check';
import { checkWorkbook } from '../core/engine';
import { planEvaluationOf, SELF_EVALUATION_HEADERS } from '../core/evaluation-plan';
import type { SheetGrid } from '../core/grid';
import { percentText } from '../core/value/format';
import { fileJson, reportJsonText, summarise, type IndicatorJson, type SheetEvaluationJson } from '../core/report';
import type { Args, Io } from './main';
import { refusedLines } from '../xlsx/write';
import { outputOf, rewriteWorkbook } from './rewrite';

const REVERSE_NAME = { ratio: '比例法（A/B）', linear: '线性法（1−(B−A)/A）' };

function sheetLine(e: SheetEvaluationJson, settings: Settings): string[] {
  const lines = [`  ${e.sheet}：${e.total === null ? '尚未填写实际完成值，已加好自评列' : `总分 ${e.total}（${e.grade}）`}`];
  if (e.budget) {
    const rate = e.budget.rate === null ? '预算数为0，不计算' : `${percentText(new Decimal(e.budget.rate))}，得分 ${e.budget.score}`;
    lines.push(`    预算执行率 ${rate}${e.budget.usedAdjusted ? '' : '（无调整后预算，按年初预算计算）'}`);
  }
  if (e.weightsDerived) lines.push('    表中没有分值列：按产出50、效益30、满意度10、预算执行10分平均分配到各项指标，精确到0.01分，余数依次加给靠前的指标。');
  lines.push(`    反向指标按${REVERSE_NAME[settings.reverse]}计分。`);
  return lines;
}

export async function evaluateCommand(args: Args, io: Io): Promise<number> {
  const { inputs, flags, values } = args;
  const [input] = inputs;
  const reverse = values.get('--reverse') ?? 'ratio';
  if (reverse !== 'ratio' && reverse !== 'linear') {
    io.err(`--reverse 只能是 ratio 或 linear，收到“${reverse}”。\n`);
    return 2;
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, reverse };
  const output = outputOf(args, 'evaluated');
  const evaluateAll = (grids: SheetGrid[]) => {
    const sheets = checkWorkbook(grids, settings);
    const plans = grids.map((grid, i) => planEvaluationOf(grid, sheets[i]).plan);
    return {
      plan: { changes: plans.flatMap((p) => p.changes), unmerge: [], skipped: [], widths: plans.flatMap((p) => p.widths ?? []) },
      report: fileJson(input, sheets),
    };
  };
  return rewriteWorkbook(input, output, io, evaluateAll, ({ plan, report }, refused, written) => {
    if (flags.has('--json')) {
      // The check document, each file also naming the workbook written (null when nothing was).
      const files = [{ ...report, output: written ? output.file : null }];
      for (const text of reportJsonText(files, summarise(files))) io.out(text);
      return;
    }
    const lines = [
      written ? `已写入“${output.file}”：新增 ${plan.changes.length - refused.length} 个单元格。` : `没有需要新增的单元格，未写入“${output.file}”。`,
      ...refusedLines(refused),
    ];
    if (report.tables.length === 0) lines.push('  未找到绩效指标表。');
    for (const t of report.tables.filter((table) => table.kind === 'target')) {
      lines.push(`  ${t.sheet}!${t.range}：目标表，已在右侧加上${SELF_EVALUATION_HEADERS.join('、')}列，填写实际完成值后再运行一次即可计分。`);
    }
    for (const e of report.evaluations) lines.push(...sheetLine(e, settings));
    // Nothing unscored in silence: every row with an actual and no score is named, with the reason.
    const rowsOf = (keep: (i: IndicatorJson) => boolean, say: (i: IndicatorJson) => string) =>
      report.tables.flatMap((t) =>
        t.indicators.filter(keep).map((i) => `    ${t.sheet}!${i.actual?.cell ?? i.target?.cell ?? i.row}“${i.level3 ?? ''}”：${say(i)}`),
      );
    const unscored = rowsOf(
      (i) => i.unscored !== undefined,
      (i) => i.unscored!,
    );
    if (unscored.length > 0) lines.push(`  ${unscored.length} 项指标未计分（请先用 jixiao check 查看并修正）：`, ...unscored);
    const agreed = rowsOf(
      (i) => i.evaluation?.readingsAgree === true,
      () => '指标值不能确定地读出，但实际完成值与指标值相同，无论按哪种读法都得满分',
    );
    if (agreed.length > 0) lines.push(`  ${agreed.length} 项指标按一致的读法计分：`, ...agreed);
    io.out(`${lines.join('\n')}\n`);
  });
}
