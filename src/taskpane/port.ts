// What the task pane needs from a workbook, behind one interface: Excel through Office.js, or the in-memory stand-in.
import { DEFAULT_SETTINGS, type Settings } from '../core/check';
import {
  applyEdit,
  readColumnsAndFonts,
  readFills,
  readSheet,
  selectCell,
  type CellFont,
  type ReadProgress,
  type SheetEdit,
  type SheetSnapshot,
} from '../excel/adapter';

/** Every call but the first read names the sheet it is for by Excel's worksheet id (SheetSnapshot.sheetId). */
export interface SheetPort {
  /** Reads the sheet with `sheetId`, or the active one; `progress` hears about row blocks of a sheet too large for one request. */
  read(sheetId: string | null, progress?: ReadProgress): Promise<SheetSnapshot>;
  apply(sheetId: string, edit: SheetEdit): Promise<void>;
  readFills(sheetId: string, cells: string[]): Promise<Map<string, string | null>>;
  /** Widths in points of 0-based columns and the font name and size of cells, read together (one sync). */
  readColumnsAndFonts(sheetId: string, columns: number[], cells: string[]): Promise<{ widths: Map<number, number>; fonts: Map<string, CellFont> }>;
  select(sheetId: string, cell: string): Promise<void>;
  loadSettings(): Settings;
  saveSettings(settings: Settings): Promise<void>;
  /** The pane's undo steps and highlights as the workbook keeps them (history.ts). */
  loadHistory(): unknown;
  saveHistory(stored: unknown): Promise<void>;
}

/** Excel.run, or the stand-in's run. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the pane keeps with a workbook, by key: Office's document settings in Excel, memory or the browser elsewhere. */
export interface DocumentStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

/** The keys the pane's data live under. */
export const SETTINGS_KEY = 'jixiao.settings';
export const HISTORY_KEY = 'jixiao.history';

export function excelPort(run: Runner, store: DocumentStore): SheetPort {
  return {
    read: (sheetId, progress) => run((context) => readSheet(context, sheetId, progress)),
    apply: async (sheetId, edit) => {
      await run((context) => applyEdit(context, sheetId, edit));
    },
    readFills: (sheetId, cells) => run((context) => readFills(context, sheetId, cells)),
    readColumnsAndFonts: (sheetId, columns, cells) => run((context) => readColumnsAndFonts(context, sheetId, columns, cells)),
    select: (sheetId, cell) => run((context) => selectCell(context, sheetId, cell)),
    loadSettings: () => ({ ...DEFAULT_SETTINGS, ...((store.get(SETTINGS_KEY) as Partial<Settings> | null) ?? {}) }),
    saveSettings: (settings) => store.set(SETTINGS_KEY, settings),
    loadHistory: () => store.get(HISTORY_KEY),
    saveHistory: (stored) => store.set(HISTORY_KEY, stored),
  };
}

/** The workbook's document settings: saved into the file with it, read by the pane whenever it opens. */
export const documentStore: DocumentStore = {
  get: (key) => Office.context.document.settings.get(key) ?? null,
  set: (key, value) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(key, value);
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message)),
      );
    }),
};

/** A store in memory, with what it was given to start: a stand-in workbook's settings, or a test's. */
export function memoryStore(initial: Record<string, unknown> = {}): DocumentStore & { values: Map<string, unknown> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}
