// A 满意度 target that is not a percentage, is below 80%, or is a grade ("好", "良好").
import { classify } from '../classify';
import { defineCheck } from '../check';
import { label } from './helpers';
import { weightRows } from './value-kind-mismatch';

export default defineCheck({
  id: 'satisfaction-format',
  meta: {
    category: 'vague',
    severity: 'warning',
    fix: null,
    description: '满意度指标值应为不低于80%的百分比',
    docs: {
      why: '满意度应以百分比考核，通常为80%至95%。写“好”“良好”无法核对；低于80%的目标往往是填错了。',
      basis: '满意度指标以满意率考核，设下限（本工具的规则，依据常见的填报做法）。',
      domain: ['§4', '§7 #30'],
    },
    messages: {
      grade: '满意度指标“{{name}}”的指标值“{{text}}”不是百分比。请改为如“≥90%”的满意率目标。',
      low: '满意度指标“{{name}}”的指标值“{{text}}”低于80%。满意度目标通常设为80%–95%，请核实。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      if (!target || classify(indicator) !== 'satisfaction') continue;
      const { value } = target;
      const data = { name: label(indicator), text: target.text.trim() };
      // A 分值 written where the target belongs (四川 阆中 "20") is no satisfaction rate either.
      if (value.kind === 'qualitative' || weightRows(table).has(indicator)) report({ cell: target.cell, messageId: 'grade', data });
      else if (value.kind === 'percent' && value.amount !== null && value.amount.lt(80)) report({ cell: target.cell, messageId: 'low', data });
    }
  },
});
