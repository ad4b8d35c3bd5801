// A qualitative target where a measure is possible ("长期", "良好", "不超预算").
import { classify } from '../classify';
import { defineCheck } from '../check';
import { label } from './helpers';

export default defineCheck({
  id: 'vague-qualitative',
  meta: {
    category: 'vague',
    severity: 'warning',
    fix: null,
    description: '指标值是笼统的定性描述',
    messages: {
      vague: '“{{name}}”的指标值“{{text}}”过于笼统，无法考核。请改为可衡量的目标（如“≥90%”“≥100人”），确需定性的请写明达到何种状态。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const target = indicator.target;
      // A satisfaction target in words is satisfaction-format's finding.
      if (!target || target.value.kind !== 'qualitative' || target.value.grade !== null || classify(indicator) === 'satisfaction') continue;
      report({ cell: target.cell, messageId: 'vague', data: { name: label(indicator), text: target.text.trim() } });
    }
  },
});
