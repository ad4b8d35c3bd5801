// A number that does not parse; a trailing 。 after a value (seed 003 "69000人。") is only info, with a safe fix.
import { classify, nameOf } from '../classify';
import { defineCheck, type Fix } from '../check';
import type { CellRef, Indicator, ValueCell } from '../layout';
import { NOT_APPLICABLE, pointsIn } from '../evaluate';
import { editOf, problemsOf, ROLE_LABEL, VALUE_ROLES } from './helpers';

/**
 * A number stored with binary-to-decimal noise (部门预算管理考核 "0.0900000762939453", "-0.300000152587891"): among its 15 significant digits, a run of five or more 0s or 9s starts within the first
 * six and more digits follow. A computed ratio (0.923076923076923) has no such run. Returns the number the noise hides.
 */
function shortDecimal(value: number): string | null {
  const digits = Math.abs(value)
    .toPrecision(15)
    .replace(/^0\.0*|\./gu, '')
    .replace(/0+$/u, '');
  const run = /([09])\1{4,}/u.exec(digits);
  if (!run || run.index > 6 || run.index + run[0].length >= digits.length) return null;
  return String(Number(value.toPrecision(Math.max(1, run.index))));
}

/**
 * The glued values written back where they belong: the first stays, the others go, in column order, into the row's
 * blank 完成值 / 分值 / 得分 cells right of it — only when there are exactly as many, so that the split is certain.
 */
function splitInto(indicator: Indicator, cell: ValueCell, parts: string[]): Fix | null {
  const right = [indicator.actual, indicator.weight, indicator.score].filter((c): c is CellRef => c !== null && c.col > cell.col).sort((a, b) => a.col - b.col);
  const targets = right.slice(0, parts.length - 1);
  if (targets.length !== parts.length - 1 || targets.some((c) => c.text.trim() !== '')) return null;
  return { ...editOf(cell, parts[0], false), also: targets.map((c, i) => ({ cell: c.cell, from: c.text, to: parts[i + 1] })) };
}

/** Whole numbers Excel shows as dates between 2000 and 2049 (36526 = 2000-01-01, 54789 = 2050-01-01). */
const isDateSerial = (value: number) => Number.isInteger(value) && value >= 36526 && value < 54789;

/** 44561 → "2021年12月31日" (Excel's 1900 date system; serials above 60 are days since 1899-12-30). */
function dateOfSerial(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A row whose value is a moment: a deadline row or a name that asks for a date (到位时间, 完成时间). */
const isTimeRow = (indicator: Indicator) => classify(indicator) === 'deadline' || /时间|日期|时限/u.test(nameOf(indicator));

export default defineCheck({
  id: 'malformed-number',
  meta: {
    category: 'value-format',
    severity: 'error',
    fix: 'safe',
    description: '数值或得分无法识别（含计算误差位数、Excel 日期序号），或末尾多了标点',
    docs: {
      why: '读不出数字的指标值无法计分。计算留下的误差位数（如“0.8500000001”）、Excel 日期序号等是单元格格式造成的，看到的和填表人想写的不一样。末尾多出的“。”不影响读数，但应删去。',
      basis: '指标值写成“运算符＋数值＋单位”的形式，如“≥90%”“≤465000元”（预算管理一体化系统的写法）。',
      domain: ['§3.1', '§3.3', '§7 #13'],
    },
    messages: {
      malformed: '{{role}}“{{text}}”中的数字无法识别。请写成“≥90%”“≤465000元”这样的形式。',
      glued: '{{role}}“{{text}}”像是几个单元格的内容连在了一起（{{parts}}）。{{advice}}',
      gluedUnsplit: '{{role}}“{{text}}”像是几个单元格的内容连在了一起，但无法确定从哪里分开。请把指标值、完成值、得分分别填在各自的单元格中。',
      floatArtefact: '{{role}}“{{text}}”是计算留下的误差位数，应为“{{suggestion}}”。请改为准确的数值。',
      dateSerial: '{{role}}“{{text}}”是 Excel 的日期序号（即{{date}}），单元格被设成了数字格式。请写成日期，如“{{date}}前”。',
      points: '得分“{{text}}”不是分数。请填写数字（如“8.5”），说明文字请写在偏差原因栏。',
      trailingPunctuation: '{{role}}“{{text}}”末尾多了“{{punctuation}}”。建议删去。',
    },
  },
  run({ table, report }) {
    for (const { indicator, role, cell, problem } of problemsOf(table, 'glued')) {
      const data = { role: ROLE_LABEL[role], text: cell.text.trim() };
      if (problem.parts === null) {
        report({ cell: cell.cell, messageId: 'gluedUnsplit', data });
        continue;
      }
      const split = splitInto(indicator, cell, problem.parts);
      const advice = split ? '建议把它们分开写进本行对应的空单元格。' : '请把各个值分别填在各自的单元格中。';
      report({ cell: cell.cell, messageId: 'glued', data: { ...data, parts: problem.parts.map((p) => `“${p}”`).join('、'), advice }, fix: split });
    }
    for (const { role, cell } of problemsOf(table, 'malformed-number')) {
      report({ cell: cell.cell, messageId: 'malformed', data: { role: ROLE_LABEL[role], text: cell.text.trim() } });
    }
    for (const indicator of table.indicators) {
      for (const role of VALUE_ROLES) {
        const cell = indicator[role];
        if (!cell || typeof cell.raw !== 'number') continue;
        const data = { role: ROLE_LABEL[role], text: cell.text.trim() };
        const short = shortDecimal(cell.raw);
        if (short !== null) report({ cell: cell.cell, messageId: 'floatArtefact', data: { ...data, suggestion: short } });
        else if (isTimeRow(indicator) && isDateSerial(cell.raw))
          report({ cell: cell.cell, messageId: 'dateSerial', data: { ...data, date: dateOfSerial(cell.raw) } });
      }
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
