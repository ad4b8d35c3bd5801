// A printed 得分 that exceeds its 分值, is negative, lies outside a grade's band, or differs from the formula (DOMAIN §5).
import { defineCheck } from '../check';
import { pointsIn } from '../evaluate';
import { label } from './helpers';

/** [system practice] pmkpi's bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
const BANDS = { 达成: ['0.8', '1'], 部分达成: ['0.6', '0.8'], 未达成: ['0', '0.6'] } as const;

export default defineCheck({
  id: 'score-formula',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '填写的得分超过分值、为负数、超出等级区间或与计算结果不符',
    docs: {
      why: '得分不能大于分值，也不能是负数；定性指标的得分应在所评档次的区间内。填写的得分与按完成率算出的不符时，本工具另写一列“得分(计算)”，原值不动。',
      basis: '定量指标按完成值与指标值之比计分（财预〔2020〕10号）；预算管理一体化系统规定得分不能大于分值，并规定了各档次的得分区间。',
      domain: ['§5.2', '§5.3', '§5.5', '§7 #33'],
    },
    messages: {
      aboveWeight: '“{{name}}”得分{{printed}}超过了分值{{weight}}，得分不能大于分值。',
      negative: '“{{name}}”得分{{printed}}为负数。',
      outOfBand: '“{{name}}”评为“{{grade}}”，得分应在{{low}}–{{high}}分之间，填写的是{{printed}}。',
      differs: '“{{name}}”填写的得分{{printed}}与按完成率计算的{{computed}}不符（相差超过0.01分）。原值未改动，请核对。',
    },
  },
  run({ table, evaluation, report }) {
    for (const row of evaluation?.rowsByTable.get(table) ?? []) {
      const score = row.indicator.score;
      const printed = pointsIn(score);
      if (!score || printed === null || !row.weight) continue;
      const data = { name: label(row.indicator), printed: printed.toString(), weight: row.weight.toString() };
      if (printed.gt(row.weight)) report({ cell: score.cell, messageId: 'aboveWeight', severity: 'error', data });
      else if (printed.lt(0)) report({ cell: score.cell, messageId: 'negative', severity: 'error', data });
      else if (row.evaluation?.grade) {
        const [low, high] = BANDS[row.evaluation.grade].map((share) => row.weight!.times(share));
        const inBand = printed.gte(low) && (row.evaluation.grade === '达成' ? printed.lte(high) : printed.lt(high));
        if (!inBand)
          report({
            cell: score.cell,
            messageId: 'outOfBand',
            severity: 'error',
            data: { ...data, grade: row.evaluation.grade, low: low.toString(), high: high.toString() },
          });
      } else if (row.evaluation?.score && printed.minus(row.evaluation.score).abs().gt('0.01')) {
        report({ cell: score.cell, messageId: 'differs', data: { ...data, computed: row.evaluation.score.toFixed(2) } });
      }
    }
  },
});
