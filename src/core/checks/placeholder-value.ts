// A template placeholder left in a value (**, XX, ××, ___), or the template's fill-in hint left in a 三级 name
// ("临时救助人数(≥**人)", 安徽 濉溪; "公猪舍(≥**平方米)", "排污沟(≥米)", 云南 昌宁; "苗木成活率(≥**%)", 宁夏 原州).
import { defineCheck, type CellEdit, type Settings } from '../check';
import { expectedOperator, operatorAtCeiling } from '../classify';
import type { Indicator } from '../layout';
import { compact } from '../text';
import { operatorOf, parseValue } from '../value/parse';
import { editOf, houseStyle, problemsOf, ROLE_LABEL } from './helpers';

/**
 * The hint a template prints after the name for the unit to fill in: an operator, a placeholder and a unit in
 * parentheses ("(≥**人)", "(≥台)", "(<**元/户·年)", also followed by an explanation: "…(<**元/户·年)——一户年最高
 * 5300元"), or the same without parentheses at the end ("≥**人").
 */
const OPERATOR_GLYPHS = '≥≤><=＝＞＜≧≦';
const HINT_IN_NAME = new RegExp(
  `\\s*(?:[(（]\\s*([${OPERATOR_GLYPHS}]+)\\s*(?:\\*+|[xX×]{2,}|_{2,})?\\s*([^\\d()（）*]{0,8}?)\\s*[)）]|([${OPERATOR_GLYPHS}]+)\\s*(?:\\*+|[xX×]{2,}|_{2,})\\s*([^\\d()（）*\\s]{0,8})\\s*$)`,
  'u',
);

/** The name without the hint, and the value written as the hint asks (its operator and unit where the value lacks them). */
function withoutHint(indicator: Indicator, settings: Settings): { hint: string; name: string; value: CellEdit | null } | null {
  const written = indicator.level3?.text ?? '';
  const match = HINT_IN_NAME.exec(written);
  if (!match || match.index === 0) return null;
  // The template's operator is carried into the value only where it agrees with what the row measures: "项目总投入
  // (≥**万元)" is a cost, capped with ≤ (宁夏 原州), and missing-operator says so.
  const hinted = operatorOf(match[1] ?? match[3]);
  const expected = expectedOperator(indicator);
  const operator = expected === null || expected === hinted ? hinted : null;
  const unit = compact(match[2] ?? match[4] ?? '') || null;
  const target = indicator.target;
  let value: CellEdit | null = null;
  if (target && (target.value.kind === 'quantity' || target.value.kind === 'percent') && target.value.amountText !== null) {
    const to = houseStyle(indicator, target.value, target.value.operator ?? operator, settings, target.value.unit ?? unit);
    if (to !== target.text.trim()) value = { cell: target.cell, from: target.text, to };
  }
  return { hint: match[0].trim(), name: (written.slice(0, match.index) + written.slice(match.index + match[0].length)).trim(), value };
}

export default defineCheck({
  id: 'placeholder-value',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'review',
    description: '指标值中留有模板占位符，或三级指标名称中留有模板的填写提示',
    docs: {
      why: '“XX”“**”是模板留下的占位符，说明这一项还没有填好。它们不是数字，有的系统甚至会把“XX”当作0。',
      basis: '预算管理一体化系统不接受“*”“_”“-”等占位符作为指标值。',
      domain: ['§3.7', '§7 #17'],
    },
    messages: {
      placeholder: '{{role}}“{{text}}”中留有占位符“{{placeholder}}”。请填写实际数值。',
      placeholderBeside: '{{role}}“{{text}}”中留有模板的占位符“{{placeholder}}”，实际数值写在旁边。建议只保留数值：“{{suggestion}}”。',
      hintInName: '三级指标名称“{{name}}”中留有模板的填写提示“{{hint}}”。请删去提示，运算符和单位写在指标值中：{{result}}。',
    },
  },
  run({ table, settings, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'placeholder')) {
      const data = { role: ROLE_LABEL[role], text: cell.text.trim(), placeholder: problem.placeholder };
      const real = problem.real === null ? null : parseValue(problem.real);
      if (!real) {
        report({ cell: cell.cell, messageId: 'placeholder', data });
        continue;
      }
      // The value beside the placeholder is kept, with the operator the row takes: the hint's where it fits (a cost
      // is capped whatever the template says), else the one its class implies, so the fix needs no second one.
      const expected = expectedOperator(indicator);
      const fits = real.operator !== null && (expected === null || real.operator === expected);
      const operator = role === 'actual' ? null : operatorAtCeiling(indicator, fits ? real.operator : expected, real.unit, real.amount);
      const suggestion = houseStyle(indicator, real, operator, settings);
      report({ cell: cell.cell, messageId: 'placeholderBeside', data: { ...data, suggestion }, fix: editOf(cell, suggestion, false) });
    }
    for (const indicator of table.indicators) {
      const found = withoutHint(indicator, settings);
      if (!found || !indicator.level3) continue;
      const result = found.value ? `名称“${found.name}”，指标值“${found.value.to}”` : `名称“${found.name}”`;
      const fix = editOf(indicator.level3, found.name, false);
      if (found.value) fix.also = [found.value];
      report({ cell: indicator.level3.cell, messageId: 'hintInName', data: { name: indicator.level3.text.trim(), hint: found.hint, result }, fix });
    }
  },
});
