// A table without 产出 or 效益 indicators, without 满意度, or with 产出 but no 数量指标.
import { defineCheck } from '../check';
import { a1 } from '../grid';
import { placementOf } from '../classify';

export default defineCheck({
  id: 'missing-group',
  meta: {
    category: 'structure',
    severity: 'warning',
    fix: null,
    description: '缺少产出、效益或满意度指标，或产出指标缺少数量指标',
    docs: {
      why: '产出、效益、满意度三类指标分别回答“做了多少、有什么效果、服务对象是否满意”。缺了一类，绩效目标就不完整；产出指标中没有数量指标，就看不出做了多少。',
      basis: '财政部指标体系的一级指标为产出、效益、满意度指标（2021年体系另有成本指标）；绩效目标审核要求完整（财预〔2015〕88号）。',
      domain: ['§2', '§7 #5'],
    },
    messages: {
      noOutput: '本表没有产出指标。请补充数量、质量、时效等产出指标。',
      noEffect: '本表没有效益指标。请补充社会效益、经济效益等效益指标。',
      noSatisfaction: '本表没有满意度指标。面向公众的项目应设置服务对象满意度指标。',
      noQuantity: '产出指标中没有数量指标。请补充可计量的数量指标（如受益人数、完成数量）。',
    },
  },
  run({ table, report }) {
    const cell = a1(table.top, table.left);
    const groups = new Set(table.indicators.map((i) => placementOf(table.framework, i).level1));
    if (!groups.has('产出指标')) report({ cell, messageId: 'noOutput' });
    else if (!table.indicators.some((i) => i.level2.canonical === '数量指标')) report({ cell, messageId: 'noQuantity' });
    if (!groups.has('效益指标')) report({ cell, messageId: 'noEffect' });
    if (!groups.has('满意度指标')) report({ cell, messageId: 'noSatisfaction' });
  },
});
