// A qualitative actual that is not 达成 / 部分达成 / 未达成; shows the grade it is read as (DOMAIN §3.6).
import { defineCheck } from '../check';
import { gradeForActual } from '../value/grade';

export default defineCheck({
  id: 'qualitative-grade',
  meta: {
    category: 'actual',
    severity: 'info',
    fix: null,
    description: '定性实际完成值不是“达成/部分达成/未达成”',
    docs: {
      why: '定性指标按“达成、部分达成、未达成”三档计分。完成值写成“良好”“好”时，本工具按对应的档次计分并告诉你是哪一档，不同意的可以改写。',
      basis: '定性指标按达成（分值的80%–100%）、部分达成（60%–80%）、未达成（60%以下）三档评分（财预〔2020〕10号；预算管理一体化系统）。',
      domain: ['§3.6', '§5.3', '§7 #40'],
    },
    messages: {
      mapped: '实际完成值“{{text}}”不是规范等级，按“{{grade}}”计。如不同意，请改写为“达成”“部分达成”或“未达成”并简述完成情况。',
      unmapped: '实际完成值“{{text}}”无法对应到“达成”“部分达成”或“未达成”。请改写为其中之一并简述完成情况。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const actual = indicator.actual;
      if (!actual || actual.value.kind !== 'qualitative' || actual.value.grade !== null) continue;
      const grade = gradeForActual(indicator.target?.text ?? '', actual.text);
      const text = actual.text.trim();
      report(grade ? { cell: actual.cell, messageId: 'mapped', data: { text, grade } } : { cell: actual.cell, messageId: 'unmapped', data: { text } });
    }
  },
});
