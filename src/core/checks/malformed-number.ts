// A number that does not parse; a trailing 。 after a value (seed 003 "69000人。") is only info, with a safe fix.
import { defineCheck } from '../check';
import { NOT_APPLICABLE, pointsIn } from '../evaluate';
import { editOf, problemsOf, ROLE_LABEL } from './helpers';

export default defineCheck({
  id: 'malformed-number',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'safe',
    description: '数值或得分无法识别，或末尾多了标点',
    messages: {
      malformed: '{{role}}“{{text}}”中的数字无法识别。请写成“≥90%”“≤465000元”这样的形式。',
      points: '得分“{{text}}”不是分数。请填写数字（如“8.5”），说明文字请写在偏差原因栏。',
      trailingPunctuation: '{{role}}“{{text}}”末尾多了“{{punctuation}}”。建议删去。',
    },
  },
  run({ table, report }) {
    for (const { role, cell } of problemsOf(table, 'malformed-number')) {
      report({ cell: cell.cell, messageId: 'malformed', data: { role: ROLE_LABEL[role], text: cell.text.trim() } });
    }
    // A printed 得分 that is no number (湖北工程学院 "分(因全校总人数减少…)": digits lost, an explanation glued on).
    for (const { score } of table.indicators) {
      const text = score?.text.trim() ?? '';
      if (score && text && !NOT_APPLICABLE.test(text) && pointsIn(score) === null) report({ cell: score.cell, messageId: 'points', data: { text } });
    }
    for (const { role, cell, problem } of problemsOf(table, 'trailing-punctuation')) {
      report({
        cell: cell.cell,
        messageId: 'trailingPunctuation',
        severity: 'info',
        data: { role: ROLE_LABEL[role], text: cell.text.trim(), punctuation: problem.punctuation },
        fix: editOf(cell, problem.suggestion, true),
      });
    }
  },
});
