// Copied text: the same 三级 twice in a block, a goal line repeated, or a description unrelated to its indicator.
import { nameOf } from '../classify';
import { defineCheck } from '../check';
import type { IndicatorTable } from '../layout';
import { GOAL_LABEL } from '../read/info';
import { compact, stripEnumeration } from '../text';
import { periodGroups } from './helpers';

/** Share of a description's character pairs found in the project's own text below which it is judged copied. */
export const UNRELATED_OVERLAP = 0.1;
const RATIO_WORDS = /比例|比率|率|占|百分比|情况/u;

function bigrams(text: string): Set<string> {
  const chars = [...compact(text).replace(/[\p{P}\d]/gu, '')];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  return pairs;
}

/** Everything the table itself says about its project: title and the info block's values. */
function projectText(table: IndicatorTable): string {
  return [table.title ?? '', ...[...table.info.values()].map((ref) => ref.text)].join(' ');
}

/** The 年度 goal when it repeats the 中期/长期 goal word for word (安徽 六安 writes the same text under both). */
function copiedGoal(table: IndicatorTable): { cell: string; label: string } | null {
  const goals = [...table.info].filter(([label]) => GOAL_LABEL.test(label));
  const annual = goals.find(([label]) => label.startsWith('年度'));
  const longer = goals.find(([label]) => !label.startsWith('年度'));
  if (!annual || !longer) return null;
  const text = compact(annual[1].text);
  return text.length >= 10 && text === compact(longer[1].text) ? { cell: annual[1].cell, label: longer[0].replace(/[(（].*$/u, '') } : null;
}

/** At least this many rows, and at least half of the described ones, sharing one description make it boilerplate. */
const BOILERPLATE_ROWS = 3;

/**
 * One sentence written as the description of most rows (江西 浮梁 "该指标值数据合理" on all 13): it explains none of
 * them. Said once, where it is first written.
 */
function boilerplateOf(table: IndicatorTable): { key: string; text: string; first: string; count: number } | null {
  const byText = new Map<string, { text: string; first: string; count: number }>();
  let described = 0;
  for (const { description } of table.indicators) {
    const key = compact(description?.text ?? '');
    if (!description || !key) continue;
    described++;
    const seen = byText.get(key);
    if (seen) seen.count++;
    else byText.set(key, { text: description.text.trim(), first: description.cell, count: 1 });
  }
  for (const [key, seen] of byText) if (seen.count >= BOILERPLATE_ROWS && seen.count * 2 >= described) return { key, ...seen };
  return null;
}

export default defineCheck({
  id: 'duplicate-text',
  meta: {
    category: 'vague',
    severity: 'info',
    fix: null,
    description: '重复或照搬的文字：同名三级指标、重复的目标表述、与指标无关的描述',
    docs: {
      why: '同一个指标写两次，会重复计分，也让人不知道该看哪一条；从别的表照搬来的描述和目标，说明不了本项目要做什么，审核时会被认为目标不清晰、不相关。',
      basis: '绩效目标审核看完整性、相关性、适当性和可行性（财预〔2015〕88号）；指标描述应说明本指标的含义和口径。',
      domain: ['§7 #11'],
    },
    messages: {
      repeatedName: '三级指标“{{name}}”在本表中重复出现（首次在 {{first}}）。请合并或区分这两个指标。',
      repeatedGoal: '绩效目标中的“{{line}}”重复填写了两次。请删去重复的一条或补充另一项目标。',
      unrelatedDescription: '“{{name}}”的指标描述“{{text}}”与本项目内容关联很少，疑似从其他表格照搬。请按本项目实际改写。',
      goalCopied: '年度目标与{{label}}一字不差：两者的期限不同，目标不应照抄。请按本年度要完成的内容填写年度目标。',
      boilerplate: '同一句说明“{{text}}”照搬到了本表{{count}}个指标上，没有说明各指标值的依据。请逐项写明。',
      descriptionIsValue: '“{{name}}”的指标描述只重复了指标值“{{text}}”，没有说明指标的含义或口径。请写明考核什么、如何计算。',
      descriptionNotRatio: '“{{name}}”是比率指标，但描述“{{text}}”没有说明比率如何计算。请写明分子和分母。',
    },
  },
  run({ table, report }) {
    for (const { indicators } of periodGroups(table)) {
      const firstCell = new Map<string, string>();
      for (const indicator of indicators) {
        if (!indicator.level3?.text.trim()) continue;
        const name = nameOf(indicator);
        const first = firstCell.get(name);
        if (first) report({ cell: indicator.level3.cell, messageId: 'repeatedName', data: { name, first } });
        else firstCell.set(name, indicator.level3.cell);
      }
    }

    const goals = table.info.get('绩效目标');
    if (goals) {
      const lines = goals.text
        .split(/\n/u)
        .map((line) => stripEnumeration(compact(line)))
        .filter(Boolean);
      const repeated = lines.find((line, i) => lines.indexOf(line) !== i);
      if (repeated) report({ cell: goals.cell, messageId: 'repeatedGoal', data: { line: repeated } });
    }

    const copied = copiedGoal(table);
    if (copied) report({ cell: copied.cell, messageId: 'goalCopied', data: { label: copied.label } });

    const boilerplate = boilerplateOf(table);
    if (boilerplate) report({ cell: boilerplate.first, messageId: 'boilerplate', data: { text: boilerplate.text, count: String(boilerplate.count) } });

    let context: Set<string> | null = null;
    for (const indicator of table.indicators) {
      const description = indicator.description;
      if (!description?.text.trim() || compact(description.text) === boilerplate?.key) continue;
      context ??= bigrams(projectText(table));
      const name = nameOf(indicator);
      const data = { name, text: description.text.trim() };
      const pairs = bigrams(description.text);
      const known = new Set([...context, ...bigrams(name)]);
      const shared = [...pairs].filter((pair) => known.has(pair)).length;
      if (compact(description.text) === compact(indicator.target?.text ?? '')) {
        report({ cell: description.cell, messageId: 'descriptionIsValue', data });
      } else if (pairs.size > 0 && shared / pairs.size < UNRELATED_OVERLAP) {
        report({ cell: description.cell, messageId: 'unrelatedDescription', data });
      } else if (name.endsWith('率') && !RATIO_WORDS.test(compact(description.text))) {
        report({ cell: description.cell, messageId: 'descriptionNotRatio', data });
      }
    }
  },
});
