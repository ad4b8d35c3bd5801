// A row whose 三级 name says plainly that it measures something its 二级 does not hold: a 满意度 under 质量指标
// (河北 宁晋 资助对象满意度), an amount spent under 数量指标 (湖南 岳阳楼 业务工作支出安排金额 28.8万元). Names that
// do not say it plainly stay silent (placementOf, classify.ts).
import { placementOf } from '../classify';
import { defineCheck } from '../check';
import { label } from './helpers';

export default defineCheck({
  id: 'misfiled-indicator',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '三级指标放错了二级指标：名称表明它属于另一个二级指标',
    docs: {
      why: '三级指标放错了二级指标，审核和计分都会按错的类别理解它，例如满意度放在质量指标下、支出金额放在数量指标下。',
      basis: '各二级指标衡量的内容不同（数量、质量、时效、成本、满意度），以财政部指标体系为准。只有名称明确表明类别时才提示。',
      domain: ['§2', '§4'],
    },
    messages: {
      misfiled: '三级指标“{{name}}”衡量的是{{what}}，应放在“{{level1}}—{{level2}}”下，而不是“{{written}}”下。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const placed = placementOf(table.framework, indicator);
      // A row with no 二级 is placed, not misfiled.
      if (!placed.level2ByMeaning || !indicator.level3 || indicator.level2.canonical === null) continue;
      const what = placed.level2ByMeaning === '服务对象满意度指标' ? '服务对象的满意程度' : '成本（花费的金额）';
      report({
        cell: indicator.level3.cell,
        messageId: 'misfiled',
        data: { name: label(indicator), what, level1: placed.level1 ?? '', level2: placed.level2ByMeaning, written: indicator.level2.text },
      });
    }
  },
});
