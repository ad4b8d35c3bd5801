// 二级 not allowed under its own or inherited 一级 (服务对象满意度 under an inherited 效益指标, seed 004).
import { defineCheck, type Fix } from '../check';
import { allowedParents, isAllowedPair } from '../framework';
import { parseA1, parseRangeA1 } from '../grid';
import type { LevelRef } from '../layout';

/**
 * Writing the parent is safe into a blank, unmerged 一级 cell. Inside a merge it needs the merge split first, and
 * only when this row is the merge's last, so no row below starts inheriting the new name.
 */
function parentFix(level1: LevelRef, parent: string, mergesUnknown: boolean): Fix | null {
  if (level1.source === 'inherited' || level1.source === 'own') {
    // Without merge information a "blank" 一级 cell may be covered by a merge: never call writing into it safe.
    const safe = level1.source === 'inherited' && !mergesUnknown;
    return { cell: level1.cell, from: level1.source === 'own' ? level1.text : '', to: parent, safe };
  }
  if (level1.source === 'merge' && level1.mergeRange) {
    const { bottom } = parseRangeA1(level1.mergeRange);
    if (bottom === parseA1(level1.cell).row) return { cell: level1.cell, from: '', to: parent, safe: false, unmerge: level1.mergeRange };
  }
  return null;
}

export default defineCheck({
  id: 'hierarchy-parent',
  meta: {
    category: 'structure',
    severity: 'error',
    fix: 'review',
    description: '二级指标必须属于其所在（含继承）的一级指标',
    docs: {
      why: '二级指标决定它属于哪个一级指标，也决定它按哪个一级指标的权重计分。合并单元格或空白单元格会让下面的行“沿用”上方的一级指标，例如把服务对象满意度算进了效益指标。',
      basis:
        '财政部指标体系规定了每个一级指标下的二级指标：产出指标下为数量、质量、时效、成本指标；效益指标下为经济、社会、生态效益和可持续影响指标；满意度指标下为服务对象满意度指标（财预〔2020〕10号附件；2021年体系见财预〔2021〕101号）。',
      domain: ['§1.1', '§2', '§7 #1'],
    },
    messages: {
      inherited: '二级指标“{{level2}}”沿用了上方 {{source}} 的一级指标“{{level1}}”，但它应属于“{{parent}}”。请在本行一级指标处填写“{{parent}}”。',
      own: '二级指标“{{level2}}”不属于一级指标“{{level1}}”，应属于“{{parent}}”。请核对一级指标。',
    },
  },
  run({ table, report }) {
    for (const indicator of table.indicators) {
      const { level1, level2 } = indicator;
      if (!level1.canonical || !level2.canonical || isAllowedPair(table.framework, level1.canonical, level2.canonical)) continue;
      const parents = allowedParents(table.framework, level2.canonical);
      const parent = parents.length === 1 ? parents[0] : parents.join('或');
      const fix = parents.length === 1 && level1.cell ? parentFix(level1, parents[0], table.mergesUnknown) : null;
      report({
        cell: level2.cell,
        messageId: level1.source === 'own' ? 'own' : 'inherited',
        data: { level2: level2.text, level1: level1.text, source: level1.sourceCell ?? '', parent },
        fix,
      });
    }
  },
});
