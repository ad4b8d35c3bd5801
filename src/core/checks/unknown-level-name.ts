// A level name that is not in the framework after normalising, including a 一级 name written as a 二级.
import { defineCheck } from '../check';
import { allowedLevel2, isLevel1NameUsedAsLevel2, LEVEL1 } from '../framework';
import type { Indicator, IndicatorTable } from '../layout';
import { compact, editDistance } from '../text';
import { editOf, writtenLevels } from './helpers';

/** The 二级 of the row paired with this one in the other block of a twin table (same row, other period). */
function twinLevel2(table: IndicatorTable, indicator: Indicator): string | null {
  const twin = table.indicators.find((other) => other.row === indicator.row && other.period !== indicator.period);
  return twin?.level2.canonical ?? null;
}

/** The candidate within two edits that differs in less than half the name ("数里指标" → 数量指标, not "投入指标" → 产出指标). */
function nearest(name: string, candidates: readonly string[]): string | null {
  const key = compact(name);
  const ranked = candidates.map((c) => ({ c, d: editDistance(key, c) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.min(2, Math.floor((key.length - 1) / 2)) ? best.c : null;
}

export default defineCheck({
  id: 'unknown-level-name',
  meta: {
    category: 'structure',
    severity: 'error',
    fix: 'review',
    description: '一级、二级指标名称必须是指标体系中的名称',
    docs: {
      why: '一级、二级指标名称不在指标体系中，就无法确定它属于哪一类，也无法按类别计分和审核。',
      basis: '一级、二级指标以财政部指标体系为准（财预〔2020〕10号附件；财预〔2021〕101号）。',
      domain: ['§2', '§7 #2'],
    },
    messages: {
      level1: '一级指标“{{name}}”不在指标体系中。请改为产出指标、效益指标、满意度指标或成本指标之一。',
      level2: '二级指标“{{name}}”不在指标体系中。{{hint}}',
      level1AsLevel2: '二级指标栏填写了一级指标名称“{{name}}”。{{hint}}',
    },
  },
  run({ table, report }) {
    for (const ref of writtenLevels(table, 'level1')) {
      if (ref.canonical) continue;
      const to = nearest(ref.text, LEVEL1);
      report({ cell: ref.cell, messageId: 'level1', data: { name: ref.text }, fix: to ? editOf(ref, to, false) : null });
    }
    const seen = new Set<string>();
    for (const indicator of table.indicators) {
      const ref = indicator.level2;
      if (ref.canonical || !ref.text || !ref.sourceCell || seen.has(ref.sourceCell) || ref.source === 'inherited') continue;
      seen.add(ref.sourceCell);
      const allowed = indicator.level1.canonical ? allowedLevel2(table.framework, indicator.level1.canonical) : [];
      const to = twinLevel2(table, indicator) ?? nearest(ref.text, allowed);
      const hint = to ? `建议改为“${to}”。` : '请改为该一级指标下的二级指标名称。';
      report({
        cell: ref.sourceCell,
        messageId: isLevel1NameUsedAsLevel2(ref.text) ? 'level1AsLevel2' : 'level2',
        data: { name: ref.text, hint },
        fix: to ? editOf({ cell: ref.sourceCell, text: ref.text }, to, false) : null,
      });
    }
  },
});
