// Weights against 100 and against what the sheet itself states (DOMAIN §5.1, §5.5): the rows under a 一级 against the
// weight printed in its name ("产出指标(50分)") or in a caption ("绩效指标(权重分值90分,其中产出指标权重分值50分…)");
// a single row above its 一级's share; the printed 一级 weights, the budget weight and a caption's total against each
// other and 100; all weights against 100; derived weights noted; rows whose 分值 is blank or not a number, which weigh 0.
// Silent where there is nothing to compare with, and where the capture is cut (the last group may go on below it).
import Decimal from 'decimal.js';
import { defineCheck } from '../check';
import { a1, type CellRef } from '../grid';
import type { Indicator, IndicatorTable } from '../layout';
import { DEFAULT_SHARES, NOT_APPLICABLE, weightIn } from '../evaluate';
import { compact } from '../text';
import { label, periodGroups } from './helpers';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** The indicator part's caption with its total: "年度绩效目标(80分)", "绩效指标(90分)", "绩效指标(权重分值90分,其中…)". */
const PART_CAPTION = new RegExp(String.raw`^(?:年度|项目)?绩效(?:指标|目标)\(?(?:权重)?(?:分值)?(?:为)?${NUMBER}分`, 'u');
/** The budget part's caption: "预算执行情况(10分)", "预算执行情况(万元)(20分)", "预算执行率(10分)". */
const BUDGET_CAPTION = new RegExp(String.raw`^预算执行(?:情况|率)?(?:\([^)\d]*\))*\(?(?:权重)?(?:分值)?(?:为)?${NUMBER}分`, 'u');
/** A 一级's share named inside the part's caption: "其中产出指标权重分值50分", "效益30分". */
const SHARE_IN_CAPTION = new RegExp(String.raw`(产出|效益|满意度|成本)(?:指标)?(?:权重)?(?:分值)?(?:为)?${NUMBER}分`, 'gu');
/** A breakdown row ("其中桃树种植面积") shares the weight of the row it breaks down (安徽 萧县, merged 分值); one with a
 * 分值 of its own (安徽 濉溪 "★★★其中:…" 5) is a row like any other. */
const BREAKDOWN = /^[★☆*]*其中/u;
/** The groups every complete table has: only then can its 一级 weights be added up against a whole. */
const NATIONAL_GROUPS = Object.keys(DEFAULT_SHARES);

interface Caption {
  /** The caption up to its first parenthesis, for messages: "绩效指标", "年度绩效目标", "预算执行情况". */
  name: string;
  total: Decimal;
}

interface Stated {
  value: Decimal;
  /** Where it is written: the 一级 cell, or the table's first cell for a caption. */
  cell: string;
}

interface Group {
  level1: string;
  /** Rows with a 分值 that is a number. */
  rows: { indicator: Indicator; weight: Decimal }[];
  sum: Decimal;
  /** A row marked "/" (not applicable) or with a 分值 that is not a number: a shortfall is explained or told elsewhere. */
  incomplete: boolean;
  first: boolean;
  last: boolean;
}

function captionName(text: string): string {
  const at = text.indexOf('(');
  return at > 0 ? text.slice(0, at) : text;
}

/**
 * The captions written over a table: the form's own caption beside its header ("绩效指标(90分)"), a group label beside
 * it ("年度绩效目标(80分)"), its title, and the labels of its info block ("预算执行情况(10分)").
 */
function captionsOf(table: IndicatorTable): string[] {
  const texts: string[] = [];
  if (table.caption) texts.push(table.caption);
  if (table.group) texts.push(table.group);
  if (table.title) texts.push(compact(table.title));
  for (const key of table.info.keys()) texts.push(key);
  return texts;
}

function partCaption(captions: string[]): { caption: Caption; shares: Map<string, Decimal> } | null {
  for (const text of captions) {
    const match = PART_CAPTION.exec(text);
    if (!match) continue;
    const shares = new Map<string, Decimal>();
    for (const share of text.slice(match[0].length).matchAll(SHARE_IN_CAPTION)) {
      const level1 = `${share[1]}指标`;
      if (!shares.has(level1)) shares.set(level1, new Decimal(share[2]));
    }
    return { caption: { name: captionName(text), total: new Decimal(match[1]) }, shares };
  }
  return null;
}

function budgetCaption(captions: string[]): Caption | null {
  for (const text of captions) {
    const match = BUDGET_CAPTION.exec(text);
    if (match) return { name: captionName(text), total: new Decimal(match[1]) };
  }
  return null;
}

/** What a sheet states once for all its tables: the budget block and its weight, the budget caption. */
interface SheetFacts {
  budgetCell: CellRef | null;
  budgetWritten: Decimal | null;
  budgetStated: Caption | null;
  firstSelfEvaluation: IndicatorTable | null;
}

/** Worked out once per sheet (the tables array is the sheet's, shared by every run): a sheet may hold 1,000 tables. */
const FACTS = new WeakMap<IndicatorTable[], SheetFacts>();

function sheetFacts(tables: IndicatorTable[]): SheetFacts {
  let facts = FACTS.get(tables);
  if (!facts) {
    const budgetTable = tables.find((t) => t.budget);
    const budgetCell = budgetTable?.budget?.total.weight ?? null;
    // The caption is written over the budget block, in the info block of the table below it (or of the first table).
    const budgetStated = budgetCaption(captionsOf(budgetTable ?? tables[0]));
    facts = {
      budgetCell,
      budgetWritten: budgetCell ? weightIn(budgetCell) : null,
      budgetStated,
      firstSelfEvaluation: tables.find((t) => t.kind === 'self-evaluation') ?? null,
    };
    FACTS.set(tables, facts);
  }
  return facts;
}

const isBlank = (ref: CellRef | null) => ref !== null && ref.text.trim() === '';
const isEmpty = (ref: Indicator['target']) => ref === null || ref.value.kind === 'empty';

/**
 * The capture ends inside the table: rows below its last indicator that are none (a lone 一级 label, "满意"), or a last
 * row that stops before its 分值 and 得分, or holds only a name. Published tables are often cut so (安徽 萧县, 宁夏 原州,
 * 四川 南充); the last group's rows may go on below.
 */
function tailCut(table: IndicatorTable): boolean {
  const last = table.indicators[table.indicators.length - 1];
  if (!last) return false;
  if (table.bottom > last.row) return true;
  if (isBlank(last.weight) && (last.score === null || isBlank(last.score))) return true;
  return isEmpty(last.target) && isEmpty(last.actual) && !(last.weight && last.weight.text.trim());
}

/** An excerpt read without its header: the rows above it, and the first group's share of them, are not seen. */
const headCut = (table: IndicatorTable) => table.headerless;

/** A 小计 / 合计 row, or a row holding only a 二级's name: a subtotal, not a weight of its own. */
const SUBTOTAL = /^(小计|合计|总计)/u;

/** A row's 分值: a number, or why it has none to add (blank, a subtotal row, "/" not applicable, or not a number). */
type RowWeight = Decimal | 'blank' | 'not-applicable' | 'unreadable';

function rowWeight(indicator: Indicator): RowWeight {
  const written = indicator.weight?.text.trim() ?? '';
  if (written === '' || SUBTOTAL.test(indicator.name) || (indicator.name === '' && isEmpty(indicator.target))) return 'blank';
  if (NOT_APPLICABLE.test(written)) return 'not-applicable';
  return weightIn(indicator.weight) ?? 'unreadable';
}

/**
 * The rows of each 一级 as the sheet writes it (the 一级 cell over them, merged, inherited or repeated on every row), with
 * their 分值, in order of first appearance. A 满意度 row under a merged 效益指标(30分) is counted where the sheet counts it:
 * hierarchy-parent tells of its place.
 */
function groupsOf(indicators: Indicator[]): Group[] {
  const groups = new Map<string, Group>();
  let lastKey: string | null = null;
  for (const indicator of indicators) {
    const key = indicator.level1.canonical;
    if (!key) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { level1: key, rows: [], sum: new Decimal(0), incomplete: false, first: groups.size === 0, last: false }));
    lastKey = key;
    const weight = rowWeight(indicator);
    if (weight === 'blank') continue;
    if (!(weight instanceof Decimal)) {
      group.incomplete = true;
      continue;
    }
    group.rows.push({ indicator, weight });
    group.sum = group.sum.plus(weight);
  }
  if (lastKey) groups.get(lastKey)!.last = true;
  return [...groups.values()];
}

const points = (value: Decimal) => value.toString();

export default defineCheck({
  id: 'weights-sum',
  meta: {
    category: 'consistency',
    severity: 'warning',
    fix: null,
    description: '分值（权重）合计与100分或表中标明的一级指标分值不符，或单项分值超过其一级指标的分值',
    docs: {
      why: '各项分值合计应为100分，下级指标的分值合计应等于上级标明的分值；不符时，得分和评价等级都会出偏差。',
      basis: '财预〔2020〕10号建议一级指标权重为产出50%、效益30%、服务对象满意度10%、预算执行率10%；预算管理一体化系统要求下级指标权重合计等于上级设置数。',
      domain: ['§5.1', '§5.5', '§7 #32'],
    },
    messages: {
      derived:
        '表中没有分值列，按产出50、效益30、满意度10、预算执行10分平均分配到各项指标，精确到0.01分，除不尽的余数依次加给靠前的指标（可在表中补充分值后重新计算）。',
      level1: '一级指标“{{level1}}”标明{{printed}}分，其下各项分值合计{{sum}}分，请核对。',
      captionLevel1: '“{{caption}}”中{{level1}}为{{printed}}分，而其下各项分值合计{{sum}}分，请核对。',
      row: '“{{name}}”的分值{{weight}}分，超过了一级指标“{{level1}}”标明的{{printed}}分，请核对。',
      conflict: '一级指标“{{level1}}”标明{{printed}}分，而{{where}}标明{{other}}分，两处不一致，请核对。',
      printedTotal: '各一级指标标明的分值（{{shares}}）{{budget}}合计{{sum}}分，不等于100分，请核对。',
      printedPart: '各一级指标标明的分值（{{shares}}）合计{{sum}}分，与“{{caption}}”标明的{{stated}}分不符，请核对。',
      rowsPart: '“{{caption}}”标明{{stated}}分，而其下各项分值合计{{sum}}分，请核对。',
      captionTotal: '“{{caption}}”标明{{stated}}分，与预算执行{{budget}}分合计{{sum}}分，不等于100分，请核对。',
      captionShares: '“{{caption}}”标明{{stated}}分，而其中各一级指标的分值（{{shares}}）合计{{sum}}分，请核对。',
      budgetCaption: '“{{caption}}”标明{{stated}}分，而其分值（权重）栏填写{{weight}}分，两处不一致，请核对。',
      total: '各项分值合计{{sum}}分{{budget}}，不等于100分，请核对。得分将按100分折算。',
      shares: '各一级指标分值为{{shares}}，与国家建议的产出50、效益30、满意度10、预算执行10不同，请确认。',
      missing: '“{{name}}”没有分值，按0分计，不计入总分。请补填分值；不适用的填“/”。',
      unreadable: '“{{name}}”的分值“{{text}}”不是分数，按0分计，不计入总分。请改为数字，如“10”。',
    },
  },
  run({ table, tables, evaluation, report }) {
    // ---- What this table states: each 一级's printed weight against its rows, the 一级 weights against a whole.
    const facts = sheetFacts(tables);
    const captions = captionsOf(table);
    const part = table.blocks.length === 1 ? partCaption(captions) : null;
    const captionCell = a1(table.top, table.left);
    const budgetCell = table.budget ? table.budget.total.weight : facts.budgetCell;
    const budgetWritten = table.budget ? weightIn(budgetCell) : facts.budgetWritten;
    const budgetStated = budgetCaption(captions) ?? facts.budgetStated;
    const cut = tailCut(table);

    // A budget weight written twice: in its caption and in the block's 分值 / 权重 column.
    if (table.budget && budgetCell && budgetWritten && budgetStated && !budgetWritten.eq(budgetStated.total)) {
      report({
        cell: budgetCell.cell,
        messageId: 'budgetCaption',
        data: { caption: budgetStated.name, stated: points(budgetStated.total), weight: points(budgetWritten) },
      });
    }
    const budget = budgetWritten ?? budgetStated?.total ?? null;
    if (part) {
      const { caption, shares } = part;
      if (budget && !caption.total.plus(budget).eq(100)) {
        report({
          cell: captionCell,
          messageId: 'captionTotal',
          data: { caption: caption.name, stated: points(caption.total), budget: points(budget), sum: points(caption.total.plus(budget)) },
        });
      }
      // The caption's own "其中" shares, where it names every group's.
      const named = [...shares.values()].reduce((s, value) => s.plus(value), new Decimal(0));
      if ((NATIONAL_GROUPS.every((level1) => shares.has(level1)) || named.gt(caption.total)) && !named.eq(caption.total)) {
        const list = [...shares].map(([level1, value]) => `${level1}${points(value)}分`).join('、');
        report({
          cell: captionCell,
          messageId: 'captionShares',
          data: { caption: caption.name, stated: points(caption.total), shares: list, sum: points(named) },
        });
      }
    }

    // Nothing stated to compare the rows with: most tables print no 一级 weight.
    const printsWeights = part !== null || table.indicators.some((i) => i.level1.printedWeight !== null);
    for (const { indicators } of printsWeights ? periodGroups(table) : []) {
      // The 一级 weights printed in the names, each once; the same 一级 printed twice must say the same.
      const stated = new Map<string, Stated>();
      for (const indicator of indicators) {
        const { printedWeight, canonical, sourceCell } = indicator.level1;
        if (!printedWeight || !canonical || !sourceCell) continue;
        const value = new Decimal(printedWeight);
        const known = stated.get(canonical);
        if (!known) stated.set(canonical, { value, cell: sourceCell });
        else if (!known.value.eq(value) && known.cell !== sourceCell) {
          report({
            cell: sourceCell,
            messageId: 'conflict',
            data: { level1: canonical, printed: printedWeight, where: `${known.cell}处`, other: points(known.value) },
          });
        }
      }
      const named = new Map([...stated].map(([level1, { value }]) => [level1, value]));
      // A caption naming the 一级 shares: where a name also prints one, the two must agree; where none does, it is the share.
      for (const [level1, value] of part?.shares ?? []) {
        const known = stated.get(level1);
        if (!known) stated.set(level1, { value, cell: captionCell });
        else if (!known.value.eq(value)) {
          report({
            cell: known.cell,
            messageId: 'conflict',
            data: { level1, printed: points(known.value), where: `“${part!.caption.name}”中`, other: points(value) },
          });
        }
      }

      const groups = groupsOf(indicators);
      const short = (group: Group) => group.incomplete || (group.last && cut) || (group.first && headCut(table));
      for (const group of groups) {
        const share = stated.get(group.level1);
        if (!share) continue;
        for (const { indicator, weight } of group.rows) {
          if (weight.gt(share.value)) {
            report({
              cell: indicator.weight!.cell,
              messageId: 'row',
              data: { name: label(indicator), weight: points(weight), level1: group.level1, printed: points(share.value) },
            });
          }
        }
        // A group without a single 分值 has nothing to add up (a table without a 分值 column prints its 一级 weights only).
        if (group.rows.length === 0 || group.sum.eq(share.value) || (group.sum.lt(share.value) && short(group))) continue;
        const data = { level1: group.level1, printed: points(share.value), sum: points(group.sum) };
        if (share.cell === captionCell && part) report({ cell: share.cell, messageId: 'captionLevel1', data: { ...data, caption: part.caption.name } });
        else report({ cell: share.cell, messageId: 'level1', data });
      }

      // The whole. Weights above it are wrong however much of the table is seen; weights short of it only on a table
      // that shows 产出, 效益 and 满意度 and is not cut (a cut page shows the first groups only).
      const present = new Set(groups.map((g) => g.level1));
      const whole = NATIONAL_GROUPS.every((level1) => present.has(level1)) && !cut && !headCut(table);
      const target = part?.caption.total ?? (budget ? new Decimal(100).minus(budget) : null);
      const printed = [...present].filter((level1) => named.has(level1));
      if (printed.length > 0) {
        // The weights printed in the names (a caption's own shares were compared with its total above).
        const sum = printed.reduce((s, level1) => s.plus(named.get(level1)!), new Decimal(0));
        const list = printed.map((level1) => `${level1}${points(named.get(level1)!)}分`).join('、');
        const complete = whole && printed.length === present.size;
        // With no budget weight on the sheet, 90 leaves the national 10 to 预算执行 (DOMAIN §5.1).
        const fits = target ? sum.eq(target) || (sum.lt(target) && !complete) : sum.eq(100) || sum.eq(90) || (sum.lt(100) && !complete);
        if (fits) continue;
        if (part)
          report({
            cell: captionCell,
            messageId: 'printedPart',
            data: { shares: list, sum: points(sum), caption: part.caption.name, stated: points(part.caption.total) },
          });
        else
          report({
            cell: captionCell,
            messageId: 'printedTotal',
            data: { shares: list, budget: budget ? `与预算执行${points(budget)}分` : '', sum: points(budget ? sum.plus(budget) : sum) },
          });
      } else if (part && stated.size === 0) {
        // No 一级 states its weight: the caption's total against every row's.
        const weights = indicators.map(rowWeight);
        const numbers = weights.filter((w): w is Decimal => w instanceof Decimal);
        if (numbers.length === 0) continue;
        const sum = numbers.reduce((s, w) => s.plus(w), new Decimal(0));
        const complete = whole && !weights.some((w) => w === 'not-applicable' || w === 'unreadable');
        if (sum.gt(part.caption.total) || (sum.lt(part.caption.total) && complete)) {
          report({ cell: captionCell, messageId: 'rowsPart', data: { caption: part.caption.name, stated: points(part.caption.total), sum: points(sum) } });
        }
      }
    }

    // ---- The sheet's scoring (its self-evaluation tables together): said once, at the first of them.
    if (!evaluation || table !== facts.firstSelfEvaluation) return;
    const cell = a1(table.top, table.left);
    if (evaluation.weightsDerived) {
      report({ cell, messageId: 'derived', severity: 'info' });
      return;
    }
    const scored = tables.filter((t) => t.kind === 'self-evaluation');
    const lastScored = scored[scored.length - 1];
    const lastCut = tailCut(lastScored);
    const lastRow = lastScored.indicators[lastScored.indicators.length - 1];
    // Weight null is "/" (not applicable); 0 from a blank or unreadable cell, unless 0 is what was written.
    for (const { indicator, weight } of evaluation.rows) {
      if (weight === null || !weight.isZero()) continue;
      const written = indicator.weight?.text.trim() ?? '';
      // Scored rows all have a target; a table without a 分值 column is told at the row's name.
      const at = (indicator.weight ?? indicator.level3 ?? indicator.target!).cell;
      if (written === '') {
        // A breakdown row under a weighted one, and the row a cut page ends in, have no 分值 of their own to ask for.
        if (BREAKDOWN.test(indicator.name) || (lastCut && indicator === lastRow)) continue;
        report({ cell: at, messageId: 'missing', data: { name: label(indicator) } });
      } else if (weightIn(indicator.weight) === null) report({ cell: at, messageId: 'unreadable', data: { name: label(indicator), text: written } });
    }
    const sums = new Map<string, Decimal>();
    for (const row of evaluation.rows) if (row.level1 && row.weight) sums.set(row.level1, (sums.get(row.level1) ?? new Decimal(0)).plus(row.weight));
    const sum = evaluation.weightSum.toDecimalPlaces(8);
    if (!sum.eq(100)) {
      // Short of 100 on a cut page: the rows below the cut are not seen.
      if (sum.lt(100) && (lastCut || headCut(scored[0]))) return;
      const budgetNote = evaluation.budget ? `（含预算执行${evaluation.budget.weight}分）` : '';
      report({ cell, messageId: 'total', data: { sum: evaluation.weightSum.toString(), budget: budgetNote } });
    } else {
      const shares = [...sums].map(([level1, s]) => [level1, s.toNumber()] as const);
      const national = shares.every(([level1, s]) => DEFAULT_SHARES[level1] === s);
      if (!national) report({ cell, messageId: 'shares', severity: 'info', data: { shares: shares.map(([l, s]) => `${l}${s}`).join('、') } });
    }
  },
});
