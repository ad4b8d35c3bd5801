// The pane's undo steps and highlights, kept with the workbook (its document settings in Excel): closing or reloading
// the task pane loses neither, and the fills a highlight covered can still be put back. Stored as plain JSON.
import type { CellChange } from '../core/plan';

export interface UndoStep {
  label: string;
  /** The sheet the step was written to, by Excel's worksheet id. */
  sheetId: string;
  changes: CellChange[];
  /** Merged areas (A1 ranges) the step split. */
  unmerge: string[];
  /** Columns the step widened, each with the width in points it had before. */
  widths?: [number, number][];
  /** Cells the step gave a font, each with the font name and size it had before. */
  fonts?: [string, string, number][];
}

export interface Highlight {
  sheetId: string;
  /** Each highlighted cell and the fill it had before (null: none). */
  fills: [string, string | null][];
}

export interface PaneHistory {
  undo: UndoStep[];
  highlight: Highlight | null;
}

export const EMPTY_HISTORY: PaneHistory = { undo: [], highlight: null };

/** Bumped when the stored shape changes; an older shape is not read. */
const VERSION = 1;

/**
 * Characters of JSON kept with the workbook. Document settings travel inside the file and are read whole whenever an
 * add-in starts; a step of a 10,000-row self-evaluation is about 5 MB, which no user should carry in every copy.
 */
export const HISTORY_BUDGET = 1_000_000;

interface Stored {
  version: number;
  undo: UndoStep[];
  highlight: Highlight | null;
}

/**
 * What is kept: the highlight, and the newest undo steps that fit the budget with it (older ones are dropped first).
 * `kept` says how many steps are in it, so the pane can say how many survive closing it.
 */
export function toStored(history: PaneHistory, budget = HISTORY_BUDGET): { stored: Stored; kept: number } {
  const stored: Stored = { version: VERSION, undo: [], highlight: history.highlight };
  let size = JSON.stringify(stored).length;
  for (let i = history.undo.length - 1; i >= 0; i--) {
    // The step's JSON, and the comma before the next one when it is not the only one.
    const step = JSON.stringify(history.undo[i]).length + (stored.undo.length > 0 ? 1 : 0);
    if (size + step > budget) break;
    size += step;
    stored.undo.unshift(history.undo[i]);
  }
  return { stored, kept: stored.undo.length };
}

function isStep(value: unknown): value is UndoStep {
  const step = value as UndoStep;
  return (
    typeof step?.label === 'string' &&
    typeof step.sheetId === 'string' &&
    Array.isArray(step.changes) &&
    Array.isArray(step.unmerge) &&
    (step.widths === undefined || Array.isArray(step.widths)) &&
    (step.fonts === undefined || Array.isArray(step.fonts))
  );
}

/** The history a workbook carries; none where it carries nothing, or something this version did not write. */
export function fromStored(value: unknown): PaneHistory {
  const stored = value as Stored | null;
  if (!stored || stored.version !== VERSION || !Array.isArray(stored.undo) || !stored.undo.every(isStep)) return EMPTY_HISTORY;
  const highlight = stored.highlight && typeof stored.highlight.sheetId === 'string' && Array.isArray(stored.highlight.fills) ? stored.highlight : null;
  return { undo: stored.undo, highlight };
}
