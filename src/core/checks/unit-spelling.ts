// A short or non-standard unit: 万 for 万元 on money (also in 万/月), 平方 for 平方米, Latin abbreviations, * for the ·
// of a compound (安徽 濉溪 "元/人*月"), and 人/次 ("per trip") where the name counts 人次 (内蒙古 乌海 "出差人次 | 24 |
// 人/次"). In split columns (四川, 内蒙古) the unit is corrected where it is written, in the 计量单位 cell.
import { classify, nameOf } from '../classify';
import { defineCheck } from '../check';
import type { Indicator, ValueCell } from '../layout';
import { compact } from '../text';
import { editOf, label, ROLE_LABEL, VALUE_ROLES, withOperator } from './helpers';

const LATIN: Record<string, string> = { m2: '平方米', 'm²': '平方米', km: '公里', kg: '公斤', t: '吨', m: '米' };

/** "人/次" (so many people per time) for 人次 (person-times), and the same for other counters written with a slash. */
const PER_TIME = /^([人户车架批场])\/次$/u;

/** An asterisk between two unit characters of a compound ("元/人*月"). */
const ASTERISK = /(?<=\p{Script=Han})[*＊](?=\p{Script=Han})/u;
const ASTERISK_ALL = /(?<=\p{Script=Han})[*＊](?=\p{Script=Han})/gu;

interface Respelling {
  full: string;
  safe: boolean;
  messageId: 'short' | 'perTime' | 'asterisk';
}

/** The standard spelling of a unit on this row, or null when it is already standard. */
function respell(unit: string, indicator: Indicator): Respelling | null {
  const cls = classify(indicator);
  const money = cls === 'cost' || cls === 'money';
  // The amount under a 成本 二级 is money for certain; elsewhere 万 may count people ("2万人" is written in full).
  if (unit === '万' && money) return { full: '万元', safe: cls === 'cost', messageId: 'short' };
  const perMoney = /^万\/(.+)$/u.exec(unit);
  if (perMoney && money) return { full: `万元/${perMoney[1]}`, safe: cls === 'cost', messageId: 'short' };
  if (unit === '平方') return { full: '平方米', safe: true, messageId: 'short' };
  if (LATIN[unit]) return { full: LATIN[unit], safe: false, messageId: 'short' };
  // "元/人*月" (安徽 濉溪): the asterisk stands in for the multiplication dot of 元/人·月. Only between characters, never
  // the "." of "元/人.年" (seed 003), which DOMAIN §3.4 lists as written.
  if (ASTERISK.test(unit)) return { full: unit.replace(ASTERISK_ALL, '·'), safe: true, messageId: 'asterisk' };
  const perTime = PER_TIME.exec(unit);
  if (perTime) {
    // Only where the name says what is counted: "每次培训人数 ≥30人/次" is a true per-time figure and stays.
    const counter = `${perTime[1]}次`;
    const name = nameOf(indicator);
    if (!name.includes(counter)) return null;
    // The name's head noun is the counter ("出差人次", "服务人次数"): writing it as the name does keeps the meaning.
    const safe = new RegExp(`${counter}(数|数量)?$`, 'u').test(name);
    return { full: counter, safe, messageId: 'perTime' };
  }
  return null;
}

const COLUMN_MESSAGE = { short: 'shortUnit', perTime: 'perTimeUnit', asterisk: 'asteriskUnit' } as const;

/** True when a value cell takes its unit from the row's 计量单位 cell rather than from its own text. */
function unitFromColumn(indicator: Indicator, cell: ValueCell, unit: string): boolean {
  return indicator.unit !== null && compact(indicator.unit.text) === unit && !compact(cell.text).endsWith(unit);
}

export default defineCheck({
  id: 'unit-spelling',
  meta: {
    category: 'unit',
    severity: 'info',
    fix: 'safe',
    description: '计量单位使用了简写或非规范写法（如“人/次”应为“人次”，“元/人*月”应为“元/人·月”）',
    messages: {
      short: '{{role}}“{{text}}”的单位“{{unit}}”是简写，建议写为“{{suggestion}}”。',
      asterisk: '{{role}}“{{text}}”的单位“{{unit}}”用“*”连接，复合单位应写“·”，建议写为“{{suggestion}}”。',
      asteriskUnit: '计量单位“{{unit}}”用“*”连接，复合单位应写“·”，建议写为“{{suggestion}}”。',
      shortUnit: '计量单位“{{unit}}”是简写，建议写为“{{suggestion}}”。',
      perTime: '{{role}}“{{text}}”的单位“{{unit}}”意为“每次多少{{what}}”，而“{{name}}”计的是{{counter}}，建议写为“{{suggestion}}”。',
      perTimeUnit: '计量单位“{{unit}}”意为“每次多少{{what}}”，而“{{name}}”计的是{{counter}}，建议写为“{{suggestion}}”。',
    },
  },
  run({ table, settings, report }) {
    for (const indicator of table.indicators) {
      let columnDone = false;
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        const unit = cell?.value.unit;
        if (!cell || !unit || cell.value.amountText === null) continue;
        const respelling = respell(unit, indicator);
        if (!respelling) continue;
        const { full, safe, messageId } = respelling;
        const what = unit.slice(0, unit.indexOf('/'));
        const extra: Record<string, string> = messageId === 'perTime' ? { what, counter: full, name: label(indicator) } : {};
        if (unitFromColumn(indicator, cell, unit)) {
          // One 计量单位 cell serves the target and the actual: corrected once, where it is written.
          if (columnDone) continue;
          columnDone = true;
          const unitCell = indicator.unit!;
          report({
            cell: unitCell.cell,
            messageId: COLUMN_MESSAGE[messageId],
            data: { unit: unitCell.text.trim(), suggestion: full, ...extra },
            fix: editOf(unitCell, full, safe),
          });
          continue;
        }
        const suggestion = withOperator(cell.value, cell.value.operator, settings, full);
        report({
          cell: cell.cell,
          messageId,
          data: { role: ROLE_LABEL[role], text: cell.text.trim(), unit, suggestion, ...extra },
          fix: editOf(cell, suggestion, safe),
        });
      }
    }
  },
});
