// Units that disagree: 中期 vs 年度 twin (seed 003 元/人.年 vs 元/年), target vs actual, the name's noun or stated unit
// vs the value's (安徽 濉溪 "(<**元/户·年)" vs "≤5300元/户"), a rate measured in days or items (安徽 六安 "检测及时率
// ≤7工作日"), and a 计量单位 cell that contradicts its row: another unit than the value's own (湖南 岳阳楼 "28.8萬元" |
// "%"), a unit beside a 定性 value ("應保盡保" | "%"), or a number where a unit belongs (内蒙古 乌海: the date serial
// 44561 copied into 计量单位).
import { COUNT_UNITS, MONEY_UNITS, nameOf } from '../classify';
import { defineCheck } from '../check';
import type { Indicator } from '../layout';
import { twinPairs } from '../pairing';
import { compact } from '../text';
import { comparableUnits } from '../units';
import { isPercentUnit } from '../value/parse';
import { label } from './helpers';
import { statedUnit } from './missing-unit';

const PEOPLE_UNITS = new Set(['人', '人次', '名', '万人', '万人次', '户']);

/** Units of time spans: a rate written in them is a deadline or a duration, not a ratio. */
const DURATION_UNITS = new Set(['日', '天', '个工作日', '工作日', '月', '个月', '小时', '年', '周']);

/** Measure words beyond the common count units, for items a table counts (组, 份, 辆 …). */
const MORE_MEASURE_WORDS = new Set([
  '组',
  '份',
  '张',
  '条',
  '辆',
  '头',
  '只',
  '株',
  '棵',
  '处',
  '间',
  '栋',
  '块',
  '片',
  '单',
  '宗',
  '笔',
  '部',
  '盏',
  '根',
  '箱',
  '袋',
  '包',
  '瓶',
  '艘',
  '架',
  '门',
  '节',
  '课时',
  '学时',
  '批次',
  '场次',
  '支',
  '队',
  '公顷',
  '立方米',
  '万亩',
]);

type UnitKind = 'percent' | 'money' | 'duration' | 'count';

/** What a unit measures, for the units whose meaning is certain; null for any other (compounds, OCR noise …). */
function unitKind(unit: string): UnitKind | null {
  if (isPercentUnit(unit) || unit === '‰') return 'percent';
  if (MONEY_UNITS.has(unit)) return 'money';
  if (DURATION_UNITS.has(unit)) return 'duration';
  if (COUNT_UNITS.has(unit) || MORE_MEASURE_WORDS.has(unit)) return 'count';
  return null;
}

const KIND_WORD: Record<Exclude<UnitKind, 'percent'>, string> = { duration: '时长', count: '数量', money: '金额' };

/**
 * A ratio by its head noun (…率). Not ratios though they end in 率: power, frequency, speed, efficiency, exchange rate,
 * turnover and floor-area ratio, which have units of their own (千瓦, 次/年, 次 …) or none.
 */
const RATIO_NAME = /率$/u;
const NOT_RATIO = /(功率|频率|速率|效率|汇率|周转率|容积率|倍率)$/u;

/** A name counts 批次, 场次, 架次 …: a compound counter that is itself the unit (08 "监督抽检批次 ≥100组"). */
const COUNTER_NAME = /([批场班架车台户])次(数|数量)?$/u;

/** The units a 批次, 场次, 车次 … may be counted in: the counter, its first character, 次, the general 个. */
function counterUnits(first: string): Set<string> {
  const units = new Set([`${first}次`, first, '次', '个']);
  if (first === '车') units.add('辆');
  return units;
}

/** Spellings of one unit: written differently, meaning the same. */
const SAME_UNIT: Record<string, string> = {
  千米: '公里',
  km: '公里',
  千克: '公斤',
  kg: '公斤',
  m: '米',
  m2: '平方米',
  'm²': '平方米',
  平方: '平方米',
  天: '日',
  个工作日: '工作日',
  个月: '月',
  百分比: '%',
  百分率: '%',
};

function canonicalUnit(unit: string): string {
  return SAME_UNIT[unit] ?? unit;
}

/**
 * A value's own unit and its 计量单位 cell say the same thing: equal after spelling, convertible (元 ↔ 万元), or one
 * contains the other ("次" beside "次/年", "人" beside "人次"), which is a looser spelling rather than a contradiction.
 */
function agree(own: string, column: string): boolean {
  const a = canonicalUnit(own);
  const b = canonicalUnit(column);
  return a === b || comparableUnits(a, b) || a.includes(b) || b.includes(a);
}

/** Separators of a compound unit written in several ways: 元/人·月, 元/人*月, 元/人.月. */
const COMPOUND_SEPARATOR = /[·*.×‧・]/gu;

/**
 * A value's unit says what its name states: as agree(), but two compound units must be the same compound, separators
 * aside ("元/户" is not "元/户·年": per household a year, not per household).
 */
function agreesWithName(unit: string, stated: string): boolean {
  const a = unit.replace(COMPOUND_SEPARATOR, '·');
  const b = stated.replace(COMPOUND_SEPARATOR, '·');
  if (a.includes('/') && b.includes('/')) return a === b;
  return agree(a, b);
}

/** An empty 计量单位 as tables write it: blank, "/", "—", "无". */
function isBlankUnit(text: string): boolean {
  return text === '' || /^[/／\\—–\-－无]+$/u.test(text);
}

/** The name of an office or body, where a table's 单位 column names who is responsible. */
const OFFICE = /.(科|局|处|室|办|中心|委员会|委|公司|部门|单位|街道|政府)$/u;

/** Only digits (and their separators): a number in the 计量单位 cell. */
const NUMBER_ONLY = /^\d[\d,，.]*$/u;

/** Excel date serials of 2000-01-01 … 2050-12-31: a date that lost its format. */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 55153;

/** "2021年12月31日" for an Excel date serial (days since 1899-12-30), or null when the number is no such serial. */
function serialDate(text: string): string | null {
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/u.test(text)) return null;
  const serial = Number(text.replace(/,/gu, ''));
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The name's head noun without a bracket at its end ("检测及时率(%)" → "检测及时率"). */
function headName(indicator: Indicator): string {
  return nameOf(indicator).replace(/[(（][^()（）]*[)）]$/u, '');
}

export default defineCheck({
  id: 'unit-mismatch',
  meta: {
    category: 'unit',
    severity: 'warning',
    fix: null,
    description: '计量单位前后不一致、与指标名称不符，或计量单位栏填的不是单位',
    docs: {
      why: '单位不一致，数值就无法比较：完成值与指标值单位不同，完成率算不出来；中期与年度单位不同，无法核对两者是否相符。',
      basis: '指标名称、指标值、完成值和计量单位栏的单位应一致；只在元、万元、亿元等可以换算的单位之间换算（本工具的规则）。',
      domain: ['§3.4', '§6', '§7 #27'],
    },
    messages: {
      twin: '年度指标“{{name}}”的单位“{{unit}}”与中期指标 {{otherCell}} 的单位“{{otherUnit}}”不一致，无法比较。请统一单位。',
      actual: '实际完成值“{{text}}”的单位“{{unit}}”与指标值的单位“{{otherUnit}}”不一致，无法计算完成率。请统一单位。',
      nameNoun: '指标“{{name}}”计的是人数，单位却是“{{unit}}”。请核对单位（如“人”“人次”）。',
      nameCounter: '指标“{{name}}”计的是{{counter}}，单位却是“{{unit}}”。请核对单位（如“{{counter}}”）。',
      nameUnit: '指标名称“{{name}}”写明的单位是“{{nameUnit}}”，指标值“{{text}}”的单位却是“{{unit}}”。请统一单位。',
      rateUnit:
        '“{{name}}”是比率，应以%计，指标值“{{text}}”却是{{what}}（单位“{{unit}}”）。请把指标值改为百分数（如“≥95%”），或把指标名称改为与之相符的{{what}}指标。',
      unitColumn: '计量单位“{{unit}}”与指标值“{{text}}”中的单位“{{valueUnit}}”不一致。请核对后只在计量单位栏写一个正确的单位，指标值只填数字。',
      qualitativeUnit: '指标值“{{text}}”是定性描述，计量单位却填了“{{unit}}”。定性指标不填计量单位；若要定量考核，请把指标值写成数值（如“≥95%”）。',
      numberUnit: '计量单位“{{unit}}”是一个数字，不是单位。请填写单位（如人、次、万元、%），时限类指标可不填。',
      dateSerialUnit: '计量单位“{{unit}}”是一个数字，像是 Excel 的日期序号（即{{date}}），不是单位。请删去；时限请在指标值中写成“{{date}}前”。',
    },
  },
  run({ table, report }) {
    for (const { midterm, annual } of twinPairs(table)) {
      const unit = annual.target!.value.unit;
      const otherUnit = midterm.target!.value.unit;
      if (unit && otherUnit && !comparableUnits(unit, otherUnit)) {
        report({ cell: annual.target!.cell, messageId: 'twin', data: { name: label(annual), unit, otherUnit, otherCell: midterm.target!.cell } });
      }
    }
    for (const indicator of table.indicators) {
      const unit = indicator.actual?.value.unit;
      const otherUnit = indicator.target?.value.unit;
      if (unit && otherUnit && !comparableUnits(unit, otherUnit)) {
        report({ cell: indicator.actual!.cell, messageId: 'actual', data: { text: indicator.actual!.text.trim(), unit, otherUnit } });
      }
      const target = indicator.target;
      const targetUnit = target?.value.unit;
      const name = headName(indicator);
      if (target && targetUnit) {
        const kind = unitKind(targetUnit);
        const counter = kind === 'count' ? COUNTER_NAME.exec(name) : null;
        const stated = statedUnit(indicator);
        if (/人数|人次/u.test(nameOf(indicator)) && COUNT_UNITS.has(targetUnit) && !PEOPLE_UNITS.has(targetUnit)) {
          report({ cell: target.cell, messageId: 'nameNoun', data: { name: label(indicator), unit: targetUnit } });
        } else if (RATIO_NAME.test(name) && !NOT_RATIO.test(name) && kind !== null && kind !== 'percent') {
          report({
            cell: target.cell,
            messageId: 'rateUnit',
            data: { name: label(indicator), text: target.text.trim(), unit: targetUnit, what: KIND_WORD[kind] },
          });
        } else if (counter && !counterUnits(counter[1]).has(targetUnit)) {
          // 批次 in 批次, 批, 次 or the general 个 (车次 also in 辆): all say the same count.
          report({ cell: target.cell, messageId: 'nameCounter', data: { name: label(indicator), counter: `${counter[1]}次`, unit: targetUnit } });
        } else if (stated && !agreesWithName(targetUnit, stated.unit)) {
          report({
            cell: target.cell,
            messageId: 'nameUnit',
            data: { name: label(indicator), nameUnit: stated.unit, text: target.text.trim(), unit: targetUnit },
          });
        }
      }
      const unitCell = indicator.unit;
      if (!unitCell) continue;
      const columnUnit = compact(unitCell.text);
      // A 单位 column of offices ("财务科", "办公室") is no unit column: nothing to compare.
      if (isBlankUnit(columnUnit) || OFFICE.test(columnUnit)) continue;
      const shown = unitCell.text.trim();
      if (NUMBER_ONLY.test(columnUnit)) {
        const date = serialDate(columnUnit);
        if (date) report({ cell: unitCell.cell, messageId: 'dateSerialUnit', data: { unit: shown, date } });
        else report({ cell: unitCell.cell, messageId: 'numberUnit', data: { unit: shown } });
        continue;
      }
      if (!target) continue;
      const { value } = target;
      // The value read with its split columns takes the 计量单位 only when it has no unit of its own.
      if (value.unit !== null && value.unit !== columnUnit && !agree(value.unit, columnUnit)) {
        report({ cell: unitCell.cell, messageId: 'unitColumn', data: { unit: shown, text: target.text.trim(), valueUnit: value.unit } });
      } else if (
        value.kind === 'qualitative' &&
        !/\d/u.test(value.normalised) &&
        unitKind(columnUnit) !== null &&
        !value.normalised.includes(columnUnit) &&
        !hasNumericActual(indicator)
      ) {
        report({ cell: unitCell.cell, messageId: 'qualitativeUnit', data: { text: target.text.trim(), unit: shown } });
      }
    }
  },
});

/** An actual written as a number: the 计量单位 then serves the actual, whatever the target says. */
function hasNumericActual(indicator: Indicator): boolean {
  const actual = indicator.actual?.value;
  return actual !== undefined && actual.amount !== null;
}
