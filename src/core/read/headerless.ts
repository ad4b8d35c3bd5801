// A table without its header row: an excerpt pasted from the middle of a form (四川 dyrmt.com pages start mid-table).
// Its columns are read by what they hold — 一级 and 二级 names, then the 三级 names, then, in the order forms write
// them, an operator column, the 指标值, a unit column, the 完成值 and the 分值 — and only on a sheet where nothing
// else names a level: a sheet whose header says 一级指标 / 二级指标 but no 指标值 (an assessment score sheet) is not
// an indicator table, and its rows must not be read as one.
import { levelNamed } from '../framework';
import type { GridView } from '../grid';
import type { ColumnRole } from '../layout';
import { compact } from '../text';
import { operatorOf, parseValue } from '../value/parse';
import type { HeaderRow } from './header';
import { roleOf } from './header';

/** Rows and columns looked at: an excerpt is short, and a sheet of data is not searched to the end. */
const SCAN_ROWS = 400;
const SCAN_COLS = 30;
/** A column is of a kind when at least this share of its non-blank cells are. */
const SHARE = 0.6;
/** Level names needed in one column before a sheet without a header is read as a table. */
const MIN_LEVEL_NAMES = 2;

const OPERATOR_WORD = /^(定性|定量|正向|反向)/u;
const UNIT_TEXT = /^[\p{Script=Han}A-Za-z%‰/·]{1,6}$/u;

type Kind = 'level1' | 'level2' | 'operator' | 'unit' | 'number' | 'text' | 'blank';

/** What a column mostly holds over rows [from, to). */
function kindOf(view: GridView, col: number, from: number, to: number): Kind {
  const counts: Record<Exclude<Kind, 'blank'>, number> = { level1: 0, level2: 0, operator: 0, unit: 0, number: 0, text: 0 };
  let cells = 0;
  for (let row = from; row < to; row++) {
    if (view.isBlank(row, col) || view.isCoveredByMerge(row, col)) continue;
    const text = compact(view.text(row, col));
    cells++;
    const level = levelNamed(text);
    if (level) counts[level]++;
    else if (operatorOf(text) !== null || OPERATOR_WORD.test(text)) counts.operator++;
    else if (/\d/u.test(text) && ['quantity', 'percent', 'range'].includes(parseValue(text).kind)) counts.number++;
    else if (UNIT_TEXT.test(text) && text.length <= 4) counts.unit++;
    else counts.text++;
  }
  if (cells === 0) return 'blank';
  // Level names are counted on their own cells: a merged 一级 names many rows from one cell.
  if (counts.level1 >= MIN_LEVEL_NAMES && counts.level1 >= counts.level2) return 'level1';
  if (counts.level2 >= MIN_LEVEL_NAMES) return 'level2';
  for (const kind of ['operator', 'number', 'unit'] as const) if (counts[kind] >= SHARE * cells) return kind;
  return 'text';
}

/** True when some cell of the sheet is a header label naming a level: the sheet has a header, of another kind. */
function namesALevel(view: GridView, to: number, cols: number): boolean {
  for (let row = 0; row < to; row++) {
    for (let col = 0; col < cols; col++) {
      const role = roleOf(view.text(row, col));
      if (role === 'level1' || role === 'level2' || role === 'level3') return true;
    }
  }
  return false;
}

/**
 * The header a table without one would have had, read from its columns' content, or null when the sheet shows no
 * such table. Its row is the one above the first data row (−1 at the top of the sheet).
 */
export function headerlessHeader(view: GridView): HeaderRow | null {
  const rows = Math.min(view.rowCount, SCAN_ROWS);
  const cols = Math.min(view.colCount, SCAN_COLS);
  if (rows === 0 || namesALevel(view, rows, cols)) return null;
  const kinds = Array.from({ length: cols }, (_, col) => kindOf(view, col, 0, rows));
  const levelCols = kinds.map((kind, col) => (kind === 'level1' || kind === 'level2' ? col : -1)).filter((col) => col >= 0);
  if (levelCols.length === 0) return null;
  const roles: { col: number; role: ColumnRole }[] = levelCols.map((col) => ({ col, role: kinds[col] as ColumnRole }));
  let col = Math.max(...levelCols) + 1;
  if (kinds[col] !== 'text') return null;
  roles.push({ col: col++, role: 'level3' });
  if (kinds[col] === 'operator') roles.push({ col: col++, role: 'nature' });
  if (kinds[col] !== 'number') return null;
  roles.push({ col: col++, role: 'target' });
  // 四川 order: 指标值 | 度量单位 | 完成值 | 权重 | 得分 — the column after the unit is the 完成值 even when blank.
  if (kinds[col] === 'unit') {
    roles.push({ col: col++, role: 'unit' });
    if (col < cols && (kinds[col] === 'number' || kinds[col] === 'blank' || kinds[col] === 'text')) roles.push({ col: col++, role: 'actual' });
  }
  for (const role of ['weight', 'score'] as const) {
    if (kinds[col] !== 'number') break;
    roles.push({ col: col++, role });
  }
  const top = firstDataRow(view, roles, rows);
  return top === null ? null : { row: top - 1, lastRow: top - 1, roles, headerless: true };
}

/** The first row holding a 三级 name and a 指标值. */
function firstDataRow(view: GridView, roles: { col: number; role: ColumnRole }[], rows: number): number | null {
  const level3 = roles.find((r) => r.role === 'level3')!.col;
  const target = roles.find((r) => r.role === 'target')!.col;
  for (let row = 0; row < rows; row++) if (!view.isBlank(row, level3) && !view.isBlank(row, target)) return row;
  return null;
}
