// The pane's work on one sheet, free of React: check, apply fixes and evaluations, undo, highlight.
import type { Finding, Settings } from '../core/check';
import { checkSheet, type SheetReport } from '../core/engine';
import { planEvaluationOf } from '../core/evaluation-plan';
import type { SheetEvaluation } from '../core/evaluate';
import { planFindings, planSheet, type EditPlan } from '../core/plan';
import { editOfPlan, undoOfPlan, type ReadProgress, type SheetEdit, type SheetSnapshot } from '../excel/adapter';
import type { SheetPort } from './port';

/** Above this many cells a sheet is not read: Excel returns nothing past 5,000,000 and the pane would stall first. */
export const MAX_CELLS = 2_000_000;
export const HIGHLIGHT_COLOR = '#FFE699';

export class SessionError extends Error {}

interface UndoEntry {
  label: string;
  edit: SheetEdit;
}

export interface CheckResult {
  report: SheetReport;
  isProtected: boolean;
}

export class Session {
  /** Told how far a large sheet's read has come, for the pane's progress indicator. */
  onReadProgress: ReadProgress | undefined;
  private undoStack: UndoEntry[] = [];
  private highlighted: Map<string, string | null> | null = null;

  constructor(private readonly port: SheetPort, private settings: Settings) {}

  get undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  get isHighlighted(): boolean {
    return this.highlighted !== null;
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** Reads the active sheet once, refusing one too large to process. */
  private async read(): Promise<SheetSnapshot> {
    const snapshot = await this.port.read(this.onReadProgress);
    if (snapshot.cellCount > MAX_CELLS) {
      throw new SessionError(`工作表“${snapshot.grid.name}”有 ${snapshot.cellCount.toLocaleString('zh-CN')} 个单元格，超过 ${MAX_CELLS.toLocaleString('zh-CN')} 个的处理上限。请把绩效表复制到单独的工作表后再检查。`);
    }
    return snapshot;
  }

  /** Reads the sheet for an action that writes: a protected sheet is refused before anything is planned. */
  private async readForWriting(): Promise<SheetSnapshot> {
    const snapshot = await this.read();
    if (snapshot.isProtected) throw new SessionError(`工作表“${snapshot.grid.name}”受保护，无法写入。请在“审阅”中撤消工作表保护后重试。`);
    return snapshot;
  }

  async check(): Promise<CheckResult> {
    const snapshot = await this.read();
    return { report: checkSheet(snapshot.grid, this.settings), isProtected: snapshot.isProtected };
  }

  private async commit(label: string, plan: EditPlan): Promise<number> {
    if (plan.changes.length === 0) return 0;
    await this.port.apply(editOfPlan(plan));
    this.undoStack.push({ label, edit: undoOfPlan(plan) });
    return plan.changes.length;
  }

  /** Applies every safe fix (re-checking between passes); returns the number of cells changed. */
  async applySafeFixes(): Promise<number> {
    const { grid } = await this.readForWriting();
    return this.commit('自动修正', planSheet(grid, { all: false, settings: this.settings }));
  }

  /** Applies one suggestion the user reviewed, against the sheet as it is now. */
  async applyFix(finding: Finding): Promise<number> {
    const { grid } = await this.readForWriting();
    return this.commit(`修正 ${finding.fix!.cell}`, planFindings(grid, [finding]));
  }

  /** Writes 完成率 / 得分 / prompts (or the empty self-evaluation columns of a target table). */
  /** Writes the self-evaluation; says too how many error-level findings remain, which the total does not settle. */
  async evaluate(): Promise<{ written: number; evaluation: SheetEvaluation | null; errors: number }> {
    const { grid } = await this.readForWriting();
    const report = checkSheet(grid, this.settings);
    const { plan, evaluation } = planEvaluationOf(grid, report);
    return { written: await this.commit('自评', plan), evaluation, errors: report.findings.filter((f) => f.severity === 'error').length };
  }

  async undo(): Promise<string | null> {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    await this.port.apply(entry.edit);
    return entry.label;
  }

  /** Fills the flagged cells; the user's own fills are read first so that clearing puts them back. */
  async highlight(cells: string[]): Promise<void> {
    if (this.highlighted) await this.clearHighlight();
    const unique = [...new Set(cells)];
    if (unique.length === 0) return;
    this.highlighted = await this.port.readFills(unique);
    await this.port.apply({ fills: [{ cells: unique, color: HIGHLIGHT_COLOR }] });
  }

  async clearHighlight(): Promise<void> {
    if (!this.highlighted) return;
    const byColour = new Map<string | null, string[]>();
    for (const [cell, colour] of this.highlighted) {
      const cells = byColour.get(colour);
      if (cells) cells.push(cell);
      else byColour.set(colour, [cell]);
    }
    await this.port.apply({ fills: [...byColour].map(([color, cells]) => ({ cells, color })) });
    this.highlighted = null;
  }

  select(cell: string): Promise<void> {
    return this.port.select(cell);
  }
}
