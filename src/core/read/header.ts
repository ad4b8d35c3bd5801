// Header recognition (DOMAIN §1.1): which row heads an indicator table and which column holds which role, read from
// what each label names rather than from a list of exact spellings. Real forms decorate their labels with periods
// (年度, 中期, 预期2022年), scores and letters in parentheses ((90分), (A), (B/A)), stray required-field marks (*), OCR
// noise (?), spaces and line breaks, traditional characters; they split a header over two rows, and call the 三级
// column 指标名称, 指标内容 or 绩效指标. A row is a header when it names at least one name column (一级/二级/三级)
// and a value column (指标值/完成值) to its right.
import { levelNamed } from '../framework';
import type { GridView } from '../grid';
import type { Block, ColumnRole, Period } from '../layout';
import { rememberedPerText } from '../memo';
import { compact } from '../text';

export interface HeaderRow {
  /** The header's first row (0-based). */
  row: number;
  /** Its last row: the row below when the header continues there (sub-labels under a label merged across). */
  lastRow: number;
  roles: { col: number; role: ColumnRole }[];
  /** No such row exists: the roles were read from the columns' content (read/headerless). */
  headerless?: boolean;
}

/** What a header label says beyond its role: a period word, a year, or words that make a value column a past one. */
interface Label {
  role: ColumnRole | null;
  period: Period | null;
  year: number | null;
}

/** Role words, tried on the label's core (decorations removed) in order; anchored, so 指标值说明 is not 指标值. */
const ROLE_PATTERNS: [RegExp, ColumnRole][] = [
  [/^一级(指标)?$/u, 'level1'],
  [/^(绩效)?指标(类型|分类|类别)$/u, 'level1'],
  [/^二级(指标)?$/u, 'level2'],
  [/^三级(指标)?$/u, 'level3'],
  [/^(绩效)?指标(名称|内容)$|^考核指标$/u, 'level3'],
  [/^(指标|目标|计划指标|计划|预期实现|预期|实现|期望)值$|^工作目标$/u, 'target'],
  [/^(实际完成|实际|完成|实际实现)(指标)?值$|^实际完成(情况|数)?$/u, 'actual'],
  [/^(指标)?(分值|权重|权数)$/u, 'weight'],
  [/^(自评|指标|考评)?得分$|^自评分$/u, 'score'],
  [/^完成率$/u, 'rate'],
  // The prompt column `jixiao evaluate` adds is not a reason the user wrote.
  [/^偏差原因提示$/u, 'prompt'],
  [/原因/u, 'reason'],
  [/^指标(性质|值类型)$|^计算符号$|^(运算)?符号$/u, 'nature'],
  [/^(度量|计量)?单位$/u, 'unit'],
  [/^指标方向性?$/u, 'direction'],
  [/^(绩效)?指标值?(描述|说明)$/u, 'description'],
  [/^指标值?(确定)?依据$|标准或依据$|^评价标准确定依据$/u, 'basis'],
  [/^指标解释$|^评[(（]?扣[)）]?分标准$|^(评分|绩效|评价)标准$|^备注$|^说明$|^复核分$|^得分系数$|^是否核心指标$|^调整指标值$/u, 'carried'],
];

/** Words before a role word that say which period or which moment a value column belongs to. */
const PERIOD_PREFIX = /^(?:(中长期|长期|中期|实施周期|实施期|滚动)|(年度|当年|本年|全年|年初|年终|本期))/u;
const YEAR_PREFIX = /^(?:预期)?(\d{4})年(?:度)?/u;
/** A bare 绩效指标 / 指标 label names the 三级 column only beside level columns (河北 績效指標分類 | 績效指標). */
const BARE_INDICATOR = /^(绩效)?指标$/u;

/**
 * The label's core: required-field stars, OCR question marks and enumeration marks removed, then every parenthesised
 * decoration ((90分), (A), (万元), (或计划水平), (包含数字及文字描述)) set aside. A parenthesis that itself names a
 * role ("指标名称(三级指标)") is kept as the label's second reading.
 */
function coreOf(label: string): { core: string; inner: string[] } {
  const cleaned = compact(label).replace(/[*?？★☆※]/gu, '');
  const inner: string[] = [];
  const core = cleaned.replace(/[(（\[【]([^)）\]】]*)[)）\]】]/gu, (_, text: string) => {
    inner.push(text);
    return '';
  });
  return { core, inner };
}

/** Characters a capture puts where it lost one: question marks and the replacement character. */
const DAMAGED = /[?？\uFFFD]/u;

/** A damaged label lost its first characters ("???效指标分类"): read it by its longest tail that names a role. */
function roleOfTail(core: string): ColumnRole | null {
  for (let from = 1; core.length - from >= 3; from++) {
    const role = roleOfCore(core.slice(from));
    if (role) return role;
  }
  return null;
}

function roleOfCore(core: string): ColumnRole | null {
  for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(core)) return role;
  return null;
}

/** Every header word holds one of these characters; other cells (most of a sheet) are skipped cheaply. */
const HEADER_CHARACTERS = /[级指值分率因性位向述据释准重号注明标名称容权數級標值]/u;

/** Every table repeats its header's labels: each label is read once. */
const labelOf = rememberedPerText(2000, (text): Label => {
  const { core, inner } = coreOf(text);
  let rest = core;
  let period: Period | null = null;
  let year: number | null = null;
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    const years = YEAR_PREFIX.exec(rest);
    if (years) {
      year = Number(years[1]);
      rest = rest.slice(years[0].length);
      changed = true;
    }
    const periods = PERIOD_PREFIX.exec(rest);
    if (periods && rest.length > periods[0].length) {
      period = periods[1] ? 'midterm' : (period ?? 'annual');
      rest = rest.slice(periods[0].length);
      changed = true;
    }
  }
  let role = roleOfCore(rest) ?? roleOfCore(core) ?? (DAMAGED.test(text) ? roleOfTail(core) : null);
  // "指标名称(三级指标)": the parenthesis says which level the name column is.
  for (const text of inner) {
    const innerRole = roleOfCore(compact(text));
    if (innerRole === 'level1' || innerRole === 'level2' || innerRole === 'level3') role = innerRole;
  }
  return { role, period: role === 'target' || role === 'actual' ? period : null, year };
});

/** The role a header label names, decorations and period words aside ("年初目标值(A)" → target). */
export function roleOf(label: string): ColumnRole | null {
  return HEADER_CHARACTERS.test(label) ? labelOf(label).role : null;
}

/** The text a cell shows or, when covered by a merge, the merge's top-left text. */
export function mergedText(view: GridView, row: number, col: number): string {
  const area = view.merge(row, col);
  return area ? view.text(area.top, area.left) : view.text(row, col);
}

/** The labels of one row, by column; a label merged down over two rows counts in both. */
function labelsOf(view: GridView, row: number): { col: number; text: string; label: Label }[] {
  const labels: { col: number; text: string; label: Label }[] = [];
  for (const col of view.columnsIn(row)) {
    const text = mergedText(view, row, col);
    if (text.length === 0 || text.length > 40 || !HEADER_CHARACTERS.test(text)) continue;
    labels.push({ col, text, label: labelOf(text) });
  }
  return labels;
}

const NAME_ROLES: ReadonlySet<ColumnRole> = new Set(['level1', 'level2', 'level3']);
const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['target', 'actual']);

/**
 * A value column labelled with a past year beside one for a later year or an expected value ("2021年实际实现值" beside
 * "预期2022年实现值", 黄石 2022) holds last year's figure: carried, not the self-evaluation's actual.
 */
function pastYearColumns(labels: { col: number; label: Label }[]): Set<number> {
  const years = labels.filter((l) => l.label.year !== null && VALUE_ROLES.has(l.label.role!)).map((l) => l.label.year!);
  const latest = Math.max(...years);
  const past = new Set<number>();
  for (const { col, label } of labels) if (label.role === 'actual' && label.year !== null && label.year < latest) past.add(col);
  return past;
}

/**
 * Value labels whose characters OCR scrambles (重庆 科学城 "年成值全完值" for 全年完成值): a label holding every
 * character of one of these, with at most one to spare, names its role. Tried only on labels nothing else reads, in a
 * row that names other roles.
 */
const SCRAMBLED_VALUE_LABELS: [string, ColumnRole][] = [
  ['全年完成值', 'actual'],
  ['实际完成值', 'actual'],
  ['年初指标值', 'target'],
  ['年度指标值', 'target'],
];

function unscrambled(core: string): ColumnRole | null {
  const counts = (text: string) => {
    const map = new Map<string, number>();
    for (const ch of text) map.set(ch, (map.get(ch) ?? 0) + 1);
    return map;
  };
  const have = counts(core);
  for (const [word, role] of SCRAMBLED_VALUE_LABELS) {
    if (core.length < word.length || core.length > word.length + 1) continue;
    if ([...counts(word)].every(([ch, n]) => (have.get(ch) ?? 0) >= n)) return role;
  }
  return null;
}

/** Roles by column, resolving the context-dependent labels (a bare 绩效指标, a past year's value, a scrambled label). */
function rolesOf(labels: { col: number; label: Label; text: string }[]): { col: number; role: ColumnRole }[] {
  const past = pastYearColumns(labels);
  const roles: { col: number; role: ColumnRole }[] = [];
  for (const { col, label, text } of labels) {
    let role = label.role;
    if (past.has(col)) role = 'carried';
    if (role === null && BARE_INDICATOR.test(coreOf(text).core) && roles.some((r) => r.role === 'level1' || r.role === 'level2')) role = 'level3';
    if (role) roles.push({ col, role });
  }
  if (roles.length >= 2) {
    for (const { col, label, text } of labels) {
      const role = label.role === null ? unscrambled(coreOf(text).core) : null;
      if (role && !roles.some((r) => r.role === role)) roles.push({ col, role });
    }
    roles.sort((a, b) => a.col - b.col);
  }
  return roles;
}

function isHeader(roles: { col: number; role: ColumnRole }[]): boolean {
  const nameCols = roles.filter((r) => NAME_ROLES.has(r.role)).map((r) => r.col);
  const valueCols = roles.filter((r) => VALUE_ROLES.has(r.role)).map((r) => r.col);
  return nameCols.length > 0 && valueCols.some((col) => col > Math.min(...nameCols)) && roles.length >= 3;
}

/**
 * The row below continues the header when its own labels sit under a label merged across several columns
 * (指标值 over 2021年实际实现值 | 预期2022年实现值) and it holds nothing but labels.
 */
function continuation(view: GridView, row: number): { col: number; text: string; label: Label }[] | null {
  const below = row + 1;
  if (below >= view.rowCount) return null;
  const sub: { col: number; text: string; label: Label }[] = [];
  for (const col of view.columnsIn(below)) {
    if (view.isBlank(below, col) || view.isCoveredByMerge(below, col)) continue;
    const above = view.merge(row, col);
    if (!above || above.left === above.right || above.bottom !== row) return null;
    const text = view.text(below, col);
    // A figure (but a year) is data under a spanning label, not a sub-label.
    if (/\d/u.test(text.replace(/\d{4}年/gu, ''))) return null;
    sub.push({ col, text, label: labelOf(text) });
  }
  return sub.length > 0 ? sub : null;
}

/** Grades a standard is given at, one column each (河北 绩效指标评价标准: 优 | 良 | 中 | 差). */
const GRADE_WORD = /^(优秀?|良好?|中等?|差|较差|合格|及格|不合格|一般|较好|好)$/u;

/**
 * [provincial: 河北] a standard given per grade under one spanning label (评价标准 over 优 | 良 | 中 | 差): the top grade
 * is the level the unit commits to, so its column is the target; the lower grades are carried. Only where the header
 * names no target of its own.
 */
function gradeTarget(sub: { col: number; text: string }[], roles: { col: number; role: ColumnRole }[]): void {
  const grades = sub.filter((s) => GRADE_WORD.test(compact(s.text)));
  if (grades.length < 2 || roles.some((r) => r.role === 'target')) return;
  grades.forEach(({ col }, i) => {
    const role: ColumnRole = i === 0 ? 'target' : 'carried';
    const existing = roles.find((r) => r.col === col);
    if (existing) existing.role = role;
    else roles.push({ col, role });
  });
  roles.sort((a, b) => a.col - b.col);
}

function readHeader(view: GridView, row: number): HeaderRow | null {
  const labels = labelsOf(view, row);
  if (labels.length < 3) return null;
  const sub = continuation(view, row);
  const merged = sub ? [...labels.filter((l) => !sub.some((s) => s.col === l.col)), ...sub].sort((a, b) => a.col - b.col) : labels;
  const roles = rolesOf(merged);
  if (sub) gradeTarget(sub, roles);
  return isHeader(roles) ? { row, lastRow: sub ? row + 1 : row, roles } : null;
}

/** Every header row of a sheet, top to bottom; the second row of a two-row header is part of the first. */
export function findHeaderRows(view: GridView): HeaderRow[] {
  const headers: HeaderRow[] = [];
  for (let row = 0; row < view.rowCount; row++) {
    const header = readHeader(view, row);
    if (!header) continue;
    headers.push(header);
    row = header.lastRow;
  }
  headers.forEach((header, i) => levelColumnsByContent(view, header, Math.min(headers[i + 1]?.row ?? view.rowCount, header.lastRow + 1 + CONTENT_ROWS)));
  return headers;
}

/** How many rows under a header its columns' content is judged on. */
const CONTENT_ROWS = 60;
/** The share of a column's own cells that must be level names for the column to be read as that level. */
const LEVEL_SHARE = 0.6;

/**
 * A name column is what its cells hold, whatever its label says: the column of 数量指标, 质量指标 … is the 二级 column
 * even when headed 指标名称 (浙江 指标类型 | 指标名称 | 指标值) or 评价内容 (河北 评价指标表), and a column of 产出指标,
 * 效益指标 … the 一级 column. Only a level the header does not already name is taken from content.
 */
function levelColumnsByContent(view: GridView, header: HeaderRow, end: number): void {
  const valueCols = header.roles.filter((r) => VALUE_ROLES.has(r.role)).map((r) => r.col);
  if (valueCols.length === 0) return;
  const firstValue = Math.min(...valueCols);
  for (const level of ['level1', 'level2'] as const) {
    if (header.roles.some((r) => r.role === level)) continue;
    for (let col = 0; col < firstValue; col++) {
      const current = header.roles.find((r) => r.col === col);
      if (current && current.role !== 'level3') continue;
      const counts = levelNamesIn(view, col, header.lastRow + 1, end);
      const hits = level === 'level1' ? counts.level1 : counts.level2;
      if (counts.cells < 2 || hits < LEVEL_SHARE * counts.cells) continue;
      if (current) current.role = level;
      else header.roles.push({ col, role: level });
      header.roles.sort((a, b) => a.col - b.col);
      break;
    }
  }
}

/** Own (unmerged-over) cells of a column in rows [from, to), and how many of them are 一级 or 二级 names. */
function levelNamesIn(view: GridView, col: number, from: number, to: number): { cells: number; level1: number; level2: number } {
  const counts = { cells: 0, level1: 0, level2: 0 };
  for (let row = from; row < to; row++) {
    if (view.isBlank(row, col) || view.isCoveredByMerge(row, col)) continue;
    const text = view.text(row, col);
    counts.cells++;
    const level = levelNamed(text);
    if (level) counts[level]++;
  }
  return counts;
}

/** The period a value label names ("中期指标值" → midterm), for twin blocks told apart by their value columns. */
function periodOfLabel(view: GridView, header: HeaderRow, col: number): Period | null {
  for (let row = header.row; row <= header.lastRow; row++) {
    const { period } = labelOf(mergedText(view, row, col));
    if (period) return period;
  }
  return null;
}

/**
 * Splits header columns into blocks: where (二级, 三级, 指标值) repeats (云南 twin blocks), or where one set of names
 * has several target columns for different periods (年度目标值 | 实施周期目标值). Shared columns go to every block.
 */
export function blocksOf(view: GridView, header: HeaderRow): Block[] {
  const firstOf = (roles: { col: number; role: ColumnRole }[]) => {
    const columns: Block['columns'] = {};
    for (const { col, role } of roles) if (columns[role] === undefined) columns[role] = col;
    return columns;
  };
  const level2Cols = header.roles.filter((r) => r.role === 'level2').map((r) => r.col);
  if (level2Cols.length >= 2) {
    const shared = header.roles.filter((r) => r.col < level2Cols[0]);
    return level2Cols.map((start, i) => {
      const end = level2Cols[i + 1] ?? Infinity;
      const columns = firstOf([...shared, ...header.roles.filter((r) => r.col >= start && r.col < end)]);
      // The 云南 template writes 中期 first, then 年度 (seeds 000, 001, 003), unless the labels say otherwise.
      const labelled = columns.target === undefined ? null : periodOfLabel(view, header, columns.target);
      return { period: labelled ?? (i === 0 ? 'midterm' : 'annual'), columns };
    });
  }
  const targets = header.roles.filter((r) => r.role === 'target').map((r) => r.col);
  const periods = targets.map((col) => periodOfLabel(view, header, col));
  if (targets.length >= 2 && new Set(periods).size === targets.length && !periods.includes(null)) {
    const others = header.roles.filter((r) => r.role !== 'target');
    return targets.map((col, i) => ({ period: periods[i], columns: firstOf([...others, { col, role: 'target' }]) }));
  }
  return [{ period: null, columns: firstOf(header.roles) }];
}
