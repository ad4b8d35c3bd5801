// A deadline outside the period the table itself states for the project (项目期 "2022年3月-2023年11月" with a
// 项目完成时间 of "2023年底", 宁夏 原州): one of the two is wrong, and the completion cannot be checked against both.
import { defineCheck } from '../check';
import type { IndicatorTable } from '../layout';
import { label } from './helpers';

/** Labels of the info block that state the project's period. */
const PERIOD_LABEL = /(项目期|实施期|实施周期|项目周期|起止时间|执行期)$/u;
/** "2022年3月-2023年11月", "2022.3-2023.11", "2021年1月-12月" (the end year taken from the start). */
const PERIOD = /(\d{4})[年./-](\d{1,2})月?\s*(?:[-–—~～]{1,2}|至|到)\s*(?:(\d{4})[年./-])?(\d{1,2})月?/u;

/** Year and month as one comparable number. */
const monthOf = (year: number, month: number) => year * 12 + month;

function periodOf(table: IndicatorTable): { text: string; start: number; end: number } | null {
  for (const [labelText, cell] of table.info) {
    if (!PERIOD_LABEL.test(labelText)) continue;
    const match = PERIOD.exec(cell.text);
    if (!match) continue;
    const startYear = Number(match[1]);
    return { text: cell.text.trim(), start: monthOf(startYear, Number(match[2])), end: monthOf(Number(match[3] ?? startYear), Number(match[4])) };
  }
  return null;
}

export default defineCheck({
  id: 'deadline-period',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '时限指标的日期不在表中填写的项目期（实施期）内',
    docs: {
      why: '表中写明了项目期（实施期），时限指标却落在项目期之外，两处必有一处填错，年底也无法判断应按哪一个考核是否按时完成。',
      basis: '时限指标按“不晚于”考核，应在表中写明的项目实施期之内（本工具的规则）。',
      domain: ['§3.5'],
    },
    messages: {
      outside: '“{{name}}”的时限“{{text}}”不在本表填写的项目期“{{period}}”内。请核对时限或项目期。',
    },
  },
  run({ table, report }) {
    const period = periodOf(table);
    if (!period) return;
    for (const indicator of table.indicators) {
      const deadline = indicator.target?.value.deadline;
      // A deadline without a year ("11月底前") is the table's own year: nothing to compare.
      if (!deadline || deadline.every || deadline.year === null) continue;
      const at = monthOf(deadline.year, deadline.month);
      if (at < period.start || at > period.end) {
        report({
          cell: indicator.target!.cell,
          messageId: 'outside',
          data: { name: label(indicator), text: indicator.target!.text.trim(), period: period.text },
        });
      }
    }
  },
});
