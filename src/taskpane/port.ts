// What the task pane needs from a workbook, behind one interface: Excel through Office.js, or the in-memory stand-in.
import { DEFAULT_SETTINGS, type Settings } from '../core/check';
import { applyEdit, readFills, readSheet, selectCell, type ReadProgress, type SheetEdit, type SheetSnapshot } from '../excel/adapter';

/** Every call but the first read names the sheet it is for by Excel's worksheet id (SheetSnapshot.sheetId). */
export interface SheetPort {
  /** Reads the sheet with `sheetId`, or the active one; `progress` hears about row blocks of a sheet too large for one request. */
  read(sheetId: string | null, progress?: ReadProgress): Promise<SheetSnapshot>;
  apply(sheetId: string, edit: SheetEdit): Promise<void>;
  readFills(sheetId: string, cells: string[]): Promise<Map<string, string | null>>;
  select(sheetId: string, cell: string): Promise<void>;
  loadSettings(): Settings;
  saveSettings(settings: Settings): Promise<void>;
}

/** Excel.run, or the stand-in's run. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where settings live: the workbook's document settings in Excel, memory or localStorage elsewhere. */
export interface SettingsStore {
  get(): Partial<Settings> | null;
  set(settings: Settings): Promise<void>;
}

export function excelPort(run: Runner, store: SettingsStore): SheetPort {
  return {
    read: (sheetId, progress) => run((context) => readSheet(context, sheetId, progress)),
    apply: async (sheetId, edit) => {
      await run((context) => applyEdit(context, sheetId, edit));
    },
    readFills: (sheetId, cells) => run((context) => readFills(context, sheetId, cells)),
    select: (sheetId, cell) => run((context) => selectCell(context, sheetId, cell)),
    loadSettings: () => ({ ...DEFAULT_SETTINGS, ...(store.get() ?? {}) }),
    saveSettings: (settings) => store.set(settings),
  };
}

/** The key settings are kept under, in the workbook (Excel) or in the browser (workbench). */
export const SETTINGS_KEY = 'jixiao.settings';

/** Settings kept per workbook in Office's document settings. */
export const documentSettingsStore: SettingsStore = {
  get: () => (Office.context.document.settings.get(SETTINGS_KEY) as Partial<Settings> | null) ?? null,
  set: (settings) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(SETTINGS_KEY, settings);
      Office.context.document.settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error.message))));
    }),
};

export function memorySettingsStore(initial: Partial<Settings> | null = null): SettingsStore & { saved: Settings | null } {
  const store = {
    saved: null as Settings | null,
    get: () => store.saved ?? initial,
    set: async (settings: Settings) => {
      store.saved = settings;
    },
  };
  return store;
}
