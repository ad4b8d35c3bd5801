// The pane's work on one sheet, free of React: check, apply fixes and evaluations, undo, highlight.
import type { Finding, Settings } from '../core/check';
import { checkSheet, type SheetReport } from '../core/engine';
import { planEvaluationOf } from '../core/evaluation-plan';
import type { SheetEvaluation } from '../core/evaluate';
import { a1, GridView, parseA1, parseRangeA1, type CellValue, type SheetGrid } from '../core/grid';
import { planFindings, planSheet, revertChanges, tableColumnBeside, type CellChange, type EditPlan } from '../core/plan';
import {
  editOfPlan,
  isItemNotFound,
  pointsOfWidth,
  type CellFont,
  type CellFontChange,
  type ColumnPoints,
  type ReadProgress,
  type SheetSnapshot,
} from '../excel/adapter';
import { fromStored, toStored, type PaneHistory, type UndoStep } from './history';
import type { SheetPort } from './port';

/** Above this many cells a sheet is not read: Excel returns nothing past 5,000,000 and the pane would stall first. */
export const MAX_CELLS = 2_000_000;
export const HIGHLIGHT_COLOR = '#FFE699';

export class SessionError extends Error {}

/** What an undo did: the cells the user changed again after the action keep what the user wrote. */
export interface UndoResult {
  label: string;
  /** Cells not restored, because they no longer hold what the action wrote; merged areas not restored over content. */
  kept: string[];
}

export interface CheckResult {
  report: SheetReport;
  isProtected: boolean;
}

/** A cell still holds what a change wrote: the same value and, where the change set one, the same number format. */
function stillHolds(view: GridView, change: CellChange): boolean {
  const { row, col } = parseA1(change.cell);
  const blankOr = (value: CellValue) => (value === '' ? null : value);
  if (blankOr(view.value(row, col)) !== blankOr(change.toValue)) return false;
  return change.toFormat === change.fromFormat || view.numberFormat(row, col) === change.toFormat;
}

/** What the pane says of cells a fix would have written over a formula (all on the checked sheet). */
export function formulaSentence(cells: { cell: string }[], outcome: string): string {
  return `${cells.map((c) => c.cell).join('、')} 是公式单元格，${outcome}：常量会取代公式。请在 Excel 中修改公式或它引用的单元格。`;
}

/** Two plans make the same writes: the same cells to the same text, the same merges split. */
function samePlan(a: EditPlan, b: EditPlan): boolean {
  const writes = (plan: EditPlan) => JSON.stringify([plan.changes.map((c) => [c.cell, c.toValue, c.toFormat]), plan.unmerge.map((u) => u.range)]);
  return writes(a) === writes(b);
}

/**
 * Every action after 检查 reads and writes the sheet that was checked, by its id: a user who checks 表1 and then
 * switches to 表2 still fixes, undoes and highlights 表1. 检查 itself takes the active sheet.
 */
export class Session {
  /** Told how far a large sheet's read has come, for the pane's progress indicator. */
  onReadProgress: ReadProgress | undefined;
  /** Undo steps and the highlight, as the workbook keeps them: a pane closed and opened again finds them there. */
  private history: PaneHistory;
  /** How many of the undo steps the workbook keeps (the newest that fit its budget). */
  private keptSteps: number;
  /** The sheet the pane's results belong to; none until the first read. */
  private sheet: { id: string; name: string } | null = null;
  /** The sheet as the last 检查 read it: what the pane's findings and previews are about. */
  private checked: SheetGrid | null = null;

  constructor(
    private readonly port: SheetPort,
    private settings: Settings,
  ) {
    this.history = fromStored(port.loadHistory());
    this.keptSteps = this.history.undo.length;
  }

  get undoLabel(): string | null {
    return this.history.undo[this.history.undo.length - 1]?.label ?? null;
  }

  /** Steps that can be undone now, and how many of them would survive closing the pane. */
  get undoSteps(): { count: number; kept: number } {
    return { count: this.history.undo.length, kept: this.keptSteps };
  }

  get isHighlighted(): boolean {
    return this.history.highlight !== null;
  }

  /** Keeps the history with the workbook after every change to it. */
  private async saveHistory(history: PaneHistory): Promise<void> {
    this.history = history;
    const { stored, kept } = toStored(history);
    this.keptSteps = kept;
    await this.port.saveHistory(stored);
  }

  private pushStep(step: UndoStep): Promise<void> {
    return this.saveHistory({ ...this.history, undo: [...this.history.undo, step] });
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** Reads a sheet by id (or the active one) and binds the session to it, refusing one too large to process. */
  private async read(sheetId: string | null): Promise<SheetSnapshot> {
    let snapshot: SheetSnapshot;
    try {
      snapshot = await this.port.read(sheetId, this.onReadProgress);
    } catch (error) {
      if (sheetId !== null && isItemNotFound(error)) {
        throw new SessionError(`检查过的工作表“${this.sheet?.name ?? ''}”已不存在（可能已被删除），没有写入任何内容。请在要处理的工作表上重新检查。`);
      }
      throw error;
    }
    if (snapshot.cellCount > MAX_CELLS) {
      throw new SessionError(
        `工作表“${snapshot.grid.name}”有 ${snapshot.cellCount.toLocaleString('zh-CN')} 个单元格，超过 ${MAX_CELLS.toLocaleString('zh-CN')} 个的处理上限。请把绩效表复制到单独的工作表后再检查。`,
      );
    }
    this.sheet = { id: snapshot.sheetId, name: snapshot.grid.name };
    return snapshot;
  }

  /** Reads a sheet for an action that writes: a protected sheet is refused before anything is planned. */
  private async readForWriting(sheetId = this.sheet?.id ?? null): Promise<SheetSnapshot> {
    const snapshot = await this.read(sheetId);
    if (snapshot.isProtected) throw new SessionError(`工作表“${snapshot.grid.name}”受保护，无法写入。请在“审阅”中撤消工作表保护后重试。`);
    return snapshot;
  }

  /** The sheet the results belong to; findings only exist after a check, so there is one. */
  private get sheetId(): string {
    if (!this.sheet) throw new SessionError('请先检查工作表。');
    return this.sheet.id;
  }

  /** Checks the active sheet, which the later actions then work on. */
  async check(): Promise<CheckResult> {
    const snapshot = await this.read(null);
    this.checked = snapshot.grid;
    return { report: checkSheet(snapshot.grid, this.settings), isProtected: snapshot.isProtected };
  }

  /**
   * Writes a plan and records its undo. A write that fails part way (a large edit goes in several requests) is recorded
   * too: undo then restores the cells that were written and passes over the ones still as they were.
   */
  private async commit(label: string, sheetId: string, plan: EditPlan): Promise<number> {
    if (plan.changes.length === 0) return 0;
    const opening = await this.opening(sheetId, plan);
    const step = {
      sheetId,
      changes: plan.changes,
      unmerge: plan.unmerge.map((u) => u.range),
      widths: opening.widths.map(({ column, before }): [number, number] => [column, before]),
      fonts: opening.fonts.map(({ cell, before }): [string, string, number] => [cell, before.name, before.size]),
    };
    try {
      await this.port.apply(sheetId, editOfPlan(plan, opening.widths, opening.fonts));
    } catch (error) {
      await this.pushStep({ ...step, label: `${label}（未完成）` });
      throw new SessionError(`写入没有完成（${error instanceof Error ? error.message : String(error)}）。已写入的部分可以用“撤销”还原。`);
    }
    await this.pushStep({ ...step, label });
    return plan.changes.length;
  }

  /**
   * What the columns a plan opens get beside their text, read in one sync before the write, each with what it replaces
   * (for undo). A width, where the column is narrower than its text needs: a column is only ever widened, so a width the
   * user chose wider stays. And for each cell written into them, the font name and size of the cell to its left in the
   * table (the nearest column the plan does not open), where its own differs: Excel gives a cell outside a formatted
   * table the workbook's Normal font (often 宋体 11 where the table is 仿宋_GB2312 10), and each row keeps its own.
   */
  private async opening(
    sheetId: string,
    plan: EditPlan,
  ): Promise<{ widths: (ColumnPoints & { before: number })[]; fonts: (CellFontChange & { before: CellFont })[] }> {
    const opened = plan.widths ?? [];
    if (opened.length === 0) return { widths: [], fonts: [] };
    const columns = new Set(opened.map((w) => w.column));
    const written = plan.changes
      .map((change) => ({ cell: change.cell, at: parseA1(change.cell) }))
      .filter(({ at }) => columns.has(at.col) && tableColumnBeside(columns, at.col) >= 0)
      .map(({ cell, at }) => ({ cell, left: a1(at.row, tableColumnBeside(columns, at.col)) }));
    const now = await this.port.readColumnsAndFonts(sheetId, [...columns], [...new Set(written.flatMap(({ cell, left }) => [cell, left]))]);
    const widths = opened
      .map(({ column, width }) => ({ column, points: pointsOfWidth(width), before: now.widths.get(column)! }))
      .filter(({ points, before }) => points > before);
    const fonts = written.flatMap(({ cell, left }) => {
      const [before, font] = [now.fonts.get(cell), now.fonts.get(left)];
      return before && font && (before.name !== font.name || before.size !== font.size) ? [{ cell, ...font, before }] : [];
    });
    return { widths, fonts };
  }

  /** Every safe fix on the sheet as last checked (re-checking between passes): what 应用全部 shows before it writes. */
  previewSafeFixes(): EditPlan {
    if (!this.checked) throw new SessionError('请先检查工作表。');
    return planSheet(this.checked, { all: false, settings: this.settings });
  }

  /**
   * Applies every safe fix; returns the number of cells changed. Given the preview the user confirmed, writes only if
   * the sheet as it is now gives exactly that plan, so the count shown is the count applied.
   */
  async applySafeFixes(confirmed?: EditPlan): Promise<number> {
    const { sheetId, grid } = await this.readForWriting();
    const plan = planSheet(grid, { all: false, settings: this.settings });
    if (confirmed && !samePlan(plan, confirmed)) {
      throw new SessionError('工作表在检查之后有改动，可自动修正的内容已与预览不同，没有写入。请重新检查后再应用。');
    }
    return this.commit('自动修正', sheetId, plan);
  }

  /**
   * Applies one suggestion the user reviewed, against the sheet as it is now; refused where one of its cells no
   * longer shows what the suggestion was computed from (the user edited it since the check).
   */
  async applyFix(finding: Finding): Promise<number> {
    const { sheetId, grid } = await this.readForWriting();
    const view = new GridView(grid);
    const fix = finding.fix!;
    for (const edit of [fix, ...(fix.also ?? [])]) {
      const { row, col } = parseA1(edit.cell);
      const now = view.text(row, col);
      if (now !== edit.from) {
        throw new SessionError(`${edit.cell} 现在是“${now}”，检查时是“${edit.from}”：检查之后已有改动，这条修正没有写入。请重新检查。`);
      }
    }
    const plan = planFindings(grid, [finding]);
    if (plan.formulaCells?.length) throw new SessionError(formulaSentence(plan.formulaCells, '这条修正没有写入'));
    return this.commit(`修正 ${fix.cell}`, sheetId, plan);
  }

  /** Writes the self-evaluation; says too how many error-level findings remain, which the total does not settle. */
  async evaluate(): Promise<{ written: number; evaluation: SheetEvaluation | null; errors: number }> {
    const { sheetId, grid } = await this.readForWriting();
    const report = checkSheet(grid, this.settings);
    const { plan, evaluation } = planEvaluationOf(grid, report);
    return { written: await this.commit('自评', sheetId, plan), evaluation, errors: report.findings.filter((f) => f.severity === 'error').length };
  }

  /**
   * Takes the last action back on the sheet it was applied to, with the widths and fonts it gave new columns. A cell
   * the user changed again since keeps the user's content (and its font), and a split merge is merged again only where
   * that loses nothing: undo never destroys later work.
   */
  async undo(): Promise<UndoResult | null> {
    const entry = this.history.undo[this.history.undo.length - 1];
    if (!entry) return null;
    const { grid } = await this.readForWriting(entry.sheetId);
    const view = new GridView(grid);
    // A cell still as it was before the action (a write that did not complete) needs nothing; any other content that
    // is not what the action wrote is the user's.
    const untouched = new Set(
      revertChanges(entry)
        .filter((original) => stillHolds(view, original))
        .map((original) => original.cell),
    );
    const kept = entry.changes.filter((change) => !untouched.has(change.cell) && !stillHolds(view, change)).map((change) => change.cell);
    const changes = revertChanges(entry).filter((change) => !kept.includes(change.cell) && !untouched.has(change.cell));
    const restored = new Map(changes.map((change) => [change.cell, change.toValue]));
    const blankAfter = (row: number, col: number) => {
      const cell = a1(row, col);
      const value = restored.has(cell) ? restored.get(cell)! : view.value(row, col);
      return value === null || value === '';
    };
    const merge: string[] = [];
    for (const range of entry.unmerge) {
      const { top, left, bottom, right } = parseRangeA1(range);
      if (view.merge(top, left)) continue;
      let empty = true;
      for (let r = top; r <= bottom && empty; r++) for (let c = left; c <= right && empty; c++) empty = (r === top && c === left) || blankAfter(r, c);
      if (empty) merge.push(range);
      else kept.push(range);
    }
    const widths = (entry.widths ?? []).map(([column, points]) => ({ column, points }));
    // A cell the user wrote into since keeps its font with its content.
    const fonts = (entry.fonts ?? []).filter(([cell]) => !kept.includes(cell)).map(([cell, name, size]) => ({ cell, name, size }));
    await this.port.apply(entry.sheetId, { changes, merge, widths, fonts });
    await this.saveHistory({ ...this.history, undo: this.history.undo.slice(0, -1) });
    return { label: entry.label, kept };
  }

  /** Fills the flagged cells; the user's own fills are read first so that clearing puts them back. */
  async highlight(cells: string[]): Promise<void> {
    if (this.history.highlight) await this.clearHighlight();
    const unique = [...new Set(cells)];
    if (unique.length === 0) return;
    const sheetId = this.sheetId;
    const fills = await this.port.readFills(sheetId, unique);
    // Kept before the cells are filled: a pane closed right after can still put the user's fills back.
    await this.saveHistory({ ...this.history, highlight: { sheetId, fills: [...fills] } });
    await this.port.apply(sheetId, { fills: [{ cells: unique, color: HIGHLIGHT_COLOR }] });
  }

  async clearHighlight(): Promise<void> {
    const highlight = this.history.highlight;
    if (!highlight) return;
    const byColour = new Map<string | null, string[]>();
    for (const [cell, colour] of highlight.fills) {
      const cells = byColour.get(colour);
      if (cells) cells.push(cell);
      else byColour.set(colour, [cell]);
    }
    await this.port.apply(highlight.sheetId, { fills: [...byColour].map(([color, cells]) => ({ cells, color })) });
    await this.saveHistory({ ...this.history, highlight: null });
  }

  /** Brings the checked sheet to the front with the cell selected. */
  select(cell: string): Promise<void> {
    return this.port.select(this.sheetId, cell);
  }
}
