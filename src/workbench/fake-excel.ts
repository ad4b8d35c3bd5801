// An in-memory Excel that implements exactly the Office.js surface the adapter uses, strictly: properties must be
// loaded and synced before they are read, writes are queued until sync, syncs are counted, and any other API throws.
import { a1, parseA1, parseRangeA1, rangeA1, type CellValue, type MergedArea } from '../core/grid';
import { storedInput } from './excel-input';

export interface FakeCell {
  value: CellValue;
  format: string | null;
  fill: string | null;
  /** The formula the cell holds, whose result is `value`; a value written into the cell replaces it, as in Excel. */
  formula?: string;
  /** The cell's font name and size; without one the cell has DEFAULT_FONT. */
  font?: FakeFont;
}

export interface FakeFont {
  name: string;
  size: number;
}

/**
 * The font of a cell given none: Excel's default Normal style, Calibri 11, which is also what Excel gives a cell written
 * outside a formatted table. A Chinese template's Normal style is often 宋体 11 or 12; a test that needs it sets it.
 */
export const DEFAULT_FONT: FakeFont = { name: 'Calibri', size: 11 };

export interface FakeSheet {
  /** Excel's worksheet id: a GUID that stays when the sheet is renamed or moved. */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergedArea[];
  protected: boolean;
  selected: string | null;
  /** Widths in points of the columns given one (0-based); the others have Excel's default. */
  columnWidths?: Map<number, number>;
}

/** Excel's default column width: 8.43 characters of Calibri 11, 64 pixels. */
export const DEFAULT_COLUMN_POINTS = 48;

/** Formats a value the way Excel shows it, given by the host (the workbench and tests pass the exceljs one). */
export type DisplayText = (value: CellValue, format: string | null) => string;

class NotImplemented extends Error {
  constructor(what: string) {
    super(`Excel 替身未实现 ${what}：真实的 Excel 可能不支持这种用法，请只使用适配器已用到的接口。`);
  }
}

/** Wraps an object so that reading any property it does not define fails loudly. */
function strict<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || prop === 'then' || prop === 'toJSON') return Reflect.get(obj, prop, receiver);
      throw new NotImplemented(`${kind}.${String(prop)}`);
    },
  });
}

type Pending = () => void;

const UTF8 = new TextEncoder();

export class FakeExcel {
  syncCount = 0;
  /** Called after every sync, e.g. to repaint the workbench's sheet. */
  onSync: (() => void) | null = null;
  private pending: Pending[] = [];
  /** Bytes of the last sync's request, estimated as Office.js counts them (calls, objects, value lengths). */
  lastPayload = 0;
  private payload = 0;

  constructor(
    readonly sheets: FakeSheet[],
    private active: number,
    readonly displayText: DisplayText,
    readonly payloadLimit = 5 * 1024 * 1024,
  ) {}

  get activeSheet(): FakeSheet {
    return this.sheets[this.active];
  }

  get activeIndex(): number {
    return this.active;
  }

  activate(index: number): void {
    this.active = index;
    this.onSync?.();
  }

  /** Excel.run(callback) */
  run<T>(callback: (context: FakeContext) => Promise<T>): Promise<T> {
    return callback(new FakeContext(this));
  }

  queue(op: Pending, bytes: number): void {
    this.pending.push(op);
    this.payload += bytes;
  }

  /** Request bytes of a proxy object: Office.js sends an object path and an action for every getRange. */
  charge(bytes: number): void {
    this.payload += bytes;
  }

  /** Bytes the current sync returns (loaded values, text, formats); Excel on the web caps responses at 5 MB too. */
  private response = 0;

  respond(bytes: number): void {
    this.response += bytes;
  }

  /** An error Excel raises for the whole request being synced. */
  private failure: string | null = null;

  fail(message: string): void {
    this.failure = message;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    this.lastPayload = this.payload;
    if (this.payload > this.payloadLimit) {
      this.pending = [];
      this.payload = 0;
      throw new Error('RequestPayloadSizeLimitExceeded: 请求超过 Excel 5 MB 的上限');
    }
    const ops = this.pending;
    this.pending = [];
    this.payload = 0;
    this.response = 0;
    for (const op of ops) op();
    this.onSync?.();
    if (this.failure) {
      const message = this.failure;
      this.failure = null;
      throw new Error(message);
    }
    if (this.response > this.payloadLimit) {
      this.response = 0;
      throw new Error('RequestPayloadSizeLimitExceeded: 响应超过 Excel 5 MB 的上限');
    }
  }

  cell(sheet: FakeSheet, address: string): FakeCell {
    return sheet.cells.get(address) ?? { value: null, format: null, fill: null };
  }

  setCell(sheet: FakeSheet, address: string, patch: Partial<FakeCell>): void {
    sheet.cells.set(address, { ...this.cell(sheet, address), ...patch });
  }
}

class Loadable {
  protected loaded = new Set<string>();
  protected synced = false;

  constructor(protected readonly excel: FakeExcel) {}

  load(props: string): this {
    for (const p of props.split(',').map((s) => s.trim())) this.loaded.add(p);
    this.excel.queue(() => this.fetch(), props.length);
    return this;
  }

  protected fetch(): void {
    this.synced = true;
  }

  protected read<T>(prop: string, value: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: 读取 ${prop} 前必须先 load("${prop}")`);
    if (!this.synced) throw new Error(`PropertyNotLoaded: 读取 ${prop} 前必须先 context.sync()`);
    return value();
  }
}

export class FakeContext {
  readonly workbook;

  constructor(private readonly excel: FakeExcel) {
    const worksheet = (sheet: FakeSheet) => strict(new FakeWorksheet(excel, sheet), 'Worksheet');
    this.workbook = strict(
      {
        worksheets: strict(
          {
            getActiveWorksheet: () => worksheet(excel.activeSheet),
            /** By id or name, as Excel looks it up; a sheet that is gone fails the sync with ItemNotFound. */
            getItem: (key: string) => {
              const found = excel.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
              if (found) return worksheet(found);
              excel.fail(`ItemNotFound: 找不到工作表“${key}”`);
              return worksheet({ id: key, name: key, cells: new Map(), merges: [], protected: false, selected: null });
            },
          },
          'WorksheetCollection',
        ),
      },
      'Workbook',
    );
  }

  sync(): Promise<void> {
    return this.excel.sync();
  }
}

class FakeProtection extends Loadable {
  constructor(
    excel: FakeExcel,
    private readonly sheet: FakeSheet,
  ) {
    super(excel);
  }

  get protected(): boolean {
    return this.read('protected', () => this.sheet.protected);
  }
}

/** Excel reports at most this many merged areas; asking for more fails the whole request. */
export const MERGED_AREAS_LIMIT = 512;

/** A RangeAreas of merged areas (Excel answers at most 512) or of special cells (no such limit). */
class FakeMergedAreas extends Loadable {
  constructor(
    excel: FakeExcel,
    private readonly sheet: FakeSheet,
    private readonly areas: () => MergedArea[],
    private readonly limit = MERGED_AREAS_LIMIT,
  ) {
    super(excel);
  }

  protected override fetch(): void {
    super.fetch();
    if (this.areas().length > this.limit) this.excel.fail('GeneralException: 合并区域超过 512 个');
  }

  get isNullObject(): boolean {
    return this.read('address', () => this.areas().length === 0);
  }

  get address(): string {
    return this.read('address', () =>
      this.areas()
        .map((m) => `${this.sheet.name}!${rangeA1(m.top, m.left, m.bottom, m.right)}`)
        .join(', '),
    );
  }
}

/** What one getRange adds to a request in Office.js's JSON (object path, action, address): about 200 bytes. */
const RANGE_REQUEST_BYTES = 200;

class FakeWorksheet extends Loadable {
  readonly protection: FakeProtection;

  constructor(
    excel: FakeExcel,
    private readonly sheet: FakeSheet,
  ) {
    super(excel);
    this.protection = strict(new FakeProtection(excel, sheet), 'WorksheetProtection');
  }

  get name(): string {
    return this.read('name', () => this.sheet.name);
  }

  get id(): string {
    return this.read('id', () => this.sheet.id);
  }

  activate(): void {
    this.excel.queue(() => this.excel.activate(this.excel.sheets.indexOf(this.sheet)), 20);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new NotImplemented('getUsedRangeOrNullObject() 不带 valuesOnly=true');
    const used = usedArea(this.sheet);
    return strict(new FakeRange(this.excel, this.sheet, used), 'Range');
  }

  /** Without an address, the whole sheet (1,048,576 rows × 16,384 columns), as Excel gives it. */
  getRange(address?: string): FakeRange {
    this.excel.charge(RANGE_REQUEST_BYTES + (address?.length ?? 0));
    const area = address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : parseRangeA1(address);
    return strict(new FakeRange(this.excel, this.sheet, area), 'Range');
  }

  getRanges(addresses: string): FakeRangeAreas {
    if (addresses.length > 8192) throw new Error('InvalidArgument: 地址字符串超过 8192 个字符');
    return strict(
      new FakeRangeAreas(
        this.excel,
        this.sheet,
        addresses.split(',').map((a) => a.trim()),
      ),
      'RangeAreas',
    );
  }
}

function usedArea(sheet: FakeSheet): MergedArea | null {
  let area: MergedArea | null = null;
  for (const [address, cell] of sheet.cells) {
    if (cell.value === null || cell.value === '') continue;
    const { row, col } = parseA1(address);
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return area;
}

/** The cell properties getCellProperties answers, by format group and property, as Excel reports a cell given none. */
const CELL_PROPERTIES: Record<string, Record<string, (cell: FakeCell) => string | number>> = {
  fill: { color: (cell) => cell.fill ?? '#FFFFFF' },
  font: { name: (cell) => (cell.font ?? DEFAULT_FONT).name, size: (cell) => (cell.font ?? DEFAULT_FONT).size },
};

type CellPropertiesAsked = { format?: Record<string, Record<string, boolean>> };
type CellPropertiesAnswer = { format: Record<string, Record<string, string | number>> };

/** The [group, properties] asked for; anything else (another property, one set to false, none at all) is refused. */
function askedProperties(options: CellPropertiesAsked): [string, string[]][] {
  const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
  const groups = Object.entries(options.format ?? {}).map(([group, props]): [string, string[]] => [group, Object.keys(props)]);
  const supported =
    Object.keys(options).every((key) => key === 'format') &&
    groups.length > 0 &&
    groups.every(
      ([group, props]) =>
        has(CELL_PROPERTIES, group) && props.length > 0 && props.every((prop) => has(CELL_PROPERTIES[group], prop) && options.format![group][prop] === true),
    );
  if (!supported) throw new NotImplemented('Range.getCellProperties() 除 format.fill.color、format.font.name、format.font.size 以外的属性');
  return groups;
}

class FakeRange extends Loadable {
  readonly format;

  constructor(
    excel: FakeExcel,
    private readonly sheet: FakeSheet,
    private readonly area: MergedArea | null,
  ) {
    super(excel);
    // Accessors of the fill object reach the range through these arrows (an object literal's getter has its own this).
    const readColor = () => this.read('format/fill/color', () => excel.cell(sheet, this.topLeft()).fill ?? '#FFFFFF');
    const fillAll = (fill: string | null, bytes: number) => excel.queue(() => this.each((address) => excel.setCell(sheet, address, { fill })), bytes);
    // Range.format.columnWidth: the first column's width when read; every column of the range when set.
    const readWidth = () => this.read('format/columnWidth', () => sheet.columnWidths?.get(this.area!.left) ?? DEFAULT_COLUMN_POINTS);
    const setWidth = (points: number) =>
      excel.queue(() => {
        sheet.columnWidths ??= new Map();
        for (let c = this.area!.left; c <= this.area!.right; c++) sheet.columnWidths.set(c, points);
      }, 30);
    // Range.format.font.name and .size: read, the value every cell of the range shares (null where they differ, as
    // Excel answers), found from the cells the sheet holds so that a whole column is no slower than a cell; set, every
    // cell of the range.
    const readFont = <K extends keyof FakeFont>(key: K) =>
      this.read(`format/font/${key}`, () => {
        const { top, left, bottom, right } = this.area!;
        const found = new Set<FakeFont[K]>();
        let held = 0;
        for (const [address, cell] of sheet.cells) {
          const { row, col } = parseA1(address);
          if (row < top || row > bottom || col < left || col > right) continue;
          held++;
          found.add((cell.font ?? DEFAULT_FONT)[key]);
        }
        if (held < (bottom - top + 1) * (right - left + 1)) found.add(DEFAULT_FONT[key]);
        return found.size === 1 ? [...found][0] : null;
      });
    const setFont = (patch: Partial<FakeFont>) =>
      excel.queue(
        () => this.each((address) => excel.setCell(sheet, address, { font: { ...(excel.cell(sheet, address).font ?? DEFAULT_FONT), ...patch } })),
        30 + JSON.stringify(patch).length,
      );
    this.format = strict(
      {
        load: (props: string) => {
          this.load(`format/${props}`);
        },
        get columnWidth() {
          return readWidth();
        },
        set columnWidth(points: number) {
          setWidth(points);
        },
        font: strict(
          {
            load: (props: string) => {
              this.load(
                props
                  .split(',')
                  .map((p) => `format/font/${p.trim()}`)
                  .join(','),
              );
            },
            get name(): string | null {
              return readFont('name');
            },
            set name(name: string) {
              setFont({ name });
            },
            get size(): number | null {
              return readFont('size');
            },
            set size(size: number) {
              setFont({ size });
            },
          },
          'RangeFont',
        ),
        fill: strict(
          {
            load: (props: string) => {
              this.load(`format/fill/${props}`);
            },
            get color() {
              return readColor();
            },
            set color(color: string) {
              fillAll(color, 30);
            },
            clear: () => fillAll(null, 20),
          },
          'RangeFill',
        ),
      },
      'RangeFormat',
    );
  }

  get isNullObject(): boolean {
    return this.read('address', () => this.area === null);
  }

  /** Counts what the sync sends back: the UTF-8 JSON of every loaded 2-D property. */
  protected override fetch(): void {
    super.fetch();
    if (this.area === null) return;
    const bytes = (data: unknown) => UTF8.encode(JSON.stringify(data)).length;
    if (this.loaded.has('values')) this.excel.respond(bytes(this.grid((cell) => cell.value ?? '')));
    if (this.loaded.has('text')) this.excel.respond(bytes(this.grid((cell) => (cell.value === null ? '' : this.excel.displayText(cell.value, cell.format)))));
    if (this.loaded.has('numberFormat')) this.excel.respond(bytes(this.grid((cell) => cell.format ?? 'General')));
  }

  private topLeft(): string {
    return a1(this.area!.top, this.area!.left);
  }

  private each(visit: (address: string, row: number, col: number) => void): void {
    const { top, left, bottom, right } = this.area!;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) visit(a1(r, c), r - top, c - left);
  }

  /** A cell inside a merged area that is not the area's top-left: Excel shows and keeps nothing there. */
  private coveredByMerge(r: number, c: number): boolean {
    return this.sheet.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  }

  private grid<T>(pick: (cell: FakeCell) => T): T[][] {
    const { top, left, bottom, right } = this.area!;
    const covered = (r: number, c: number) => this.coveredByMerge(r, c);
    return Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (__, c) => {
        const cell = this.excel.cell(this.sheet, a1(top + r, left + c));
        return pick(covered(top + r, left + c) ? { ...cell, value: null } : cell);
      }),
    );
  }

  get address(): string {
    return this.read('address', () => `${this.sheet.name}!${rangeA1(this.area!.top, this.area!.left, this.area!.bottom, this.area!.right)}`);
  }
  get rowIndex(): number {
    return this.read('rowIndex', () => this.area!.top);
  }
  get columnIndex(): number {
    return this.read('columnIndex', () => this.area!.left);
  }
  get rowCount(): number {
    return this.read('rowCount', () => this.area!.bottom - this.area!.top + 1);
  }
  get columnCount(): number {
    return this.read('columnCount', () => this.area!.right - this.area!.left + 1);
  }
  get values(): CellValue[][] {
    return this.read('values', () => this.grid((cell) => cell.value ?? ''));
  }
  get text(): string[][] {
    return this.read('text', () => this.grid((cell) => (cell.value === null ? '' : this.excel.displayText(cell.value, cell.format))));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat', () => this.grid((cell) => cell.format ?? 'General'));
  }

  /**
   * Each string is stored as Excel stores typed text: "=1次" becomes a formula (#NAME?), "90" a number (excel-input.ts).
   * A value for a merged cell other than its top-left one is dropped without an error, as Excel does: the adapter must
   * split the area first.
   */
  set values(values: CellValue[][]) {
    this.assertShape(values, 'values');
    this.excel.queue(
      () =>
        this.each((address, r, c) => {
          if (values[r][c] === null || this.coveredByMerge(this.area!.top + r, this.area!.left + c)) return;
          const { value, format, formula } = storedInput(values[r][c]);
          const typedFormat = format !== undefined && this.excel.cell(this.sheet, address).format === null ? { format } : {};
          this.excel.setCell(this.sheet, address, { value, formula, ...typedFormat });
        }),
      JSON.stringify(values).length,
    );
  }

  set numberFormat(formats: (string | null)[][]) {
    this.assertShape(formats, 'numberFormat');
    this.excel.queue(
      () =>
        this.each((address, r, c) => {
          if (formats[r][c] !== null) this.excel.setCell(this.sheet, address, { format: formats[r][c] === 'General' ? null : formats[r][c] });
        }),
      JSON.stringify(formats).length,
    );
  }

  private assertShape(rows: unknown[][], what: string): void {
    const height = this.area!.bottom - this.area!.top + 1;
    const width = this.area!.right - this.area!.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width)) {
      throw new Error(`InvalidArgument: ${what} 的行列数（${rows.length}×${rows[0]?.length}）与区域（${height}×${width}）不符`);
    }
  }

  /**
   * Only what the adapter reads is implemented: format.fill.color (the user's fills) and format.font.name and .size (the
   * font of the table beside new columns), each as Excel answers it for a cell given none (white, DEFAULT_FONT).
   */
  getCellProperties(options: CellPropertiesAsked): { readonly value: CellPropertiesAnswer[][] } {
    const asked = askedProperties(options);
    // The answer is what the sheet held at the sync, like Excel's.
    let answer: CellPropertiesAnswer[][] | null = null;
    this.excel.queue(() => {
      answer = this.grid((cell) => ({
        format: Object.fromEntries(asked.map(([group, props]) => [group, Object.fromEntries(props.map((prop) => [prop, CELL_PROPERTIES[group][prop](cell)]))])),
      }));
      this.excel.respond(UTF8.encode(JSON.stringify(answer)).length);
    }, JSON.stringify(options).length);
    return strict(
      {
        get value() {
          if (answer === null) throw new Error('PropertyNotLoaded: 读取 getCellProperties 的结果前必须先 context.sync()');
          return answer;
        },
      },
      'ClientResult',
    );
  }

  /**
   * As Excel answers (office-js#3611, by design): every merged area whose top-left cell is in the range, whole, even
   * where it reaches past the range (a title merged across more columns than hold values); none that only ends in it.
   */
  /** Only the cells holding formulas (Excel.SpecialCellType.formulas), each as a one-cell area. */
  getSpecialCellsOrNullObject(type: string): FakeMergedAreas {
    if (type !== 'Formulas') throw new NotImplemented(`Range.getSpecialCellsOrNullObject("${type}")`);
    const area = this.area;
    const inside = () =>
      area === null
        ? []
        : [...this.sheet.cells]
            .filter(([, cell]) => cell.formula !== undefined)
            .map(([address]) => parseA1(address))
            .filter(({ row, col }) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right)
            .map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col }));
    return strict(new FakeMergedAreas(this.excel, this.sheet, inside, Infinity), 'RangeAreas');
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    const area = this.area;
    const inside = () =>
      area === null ? [] : this.sheet.merges.filter((m) => m.top >= area.top && m.left >= area.left && m.top <= area.bottom && m.left <= area.right);
    return strict(new FakeMergedAreas(this.excel, this.sheet, inside), 'RangeAreas');
  }

  unmerge(): void {
    this.excel.queue(() => {
      this.sheet.merges = this.sheet.merges.filter(
        (m) => !(m.top === this.area!.top && m.left === this.area!.left && m.bottom === this.area!.bottom && m.right === this.area!.right),
      );
    }, 20);
  }

  merge(): void {
    this.excel.queue(() => this.sheet.merges.push({ ...this.area! }), 20);
  }

  select(): void {
    this.excel.queue(() => {
      this.sheet.selected = rangeA1(this.area!.top, this.area!.left, this.area!.bottom, this.area!.right);
    }, 20);
  }
}

class FakeRangeAreas extends Loadable {
  readonly format;

  constructor(excel: FakeExcel, sheet: FakeSheet, addresses: string[]) {
    super(excel);
    this.format = strict(
      {
        fill: strict(
          {
            set color(color: string) {
              excel.queue(() => addresses.forEach((a) => excel.setCell(sheet, a, { fill: color })), addresses.join(',').length);
            },
            clear: () => excel.queue(() => addresses.forEach((a) => excel.setCell(sheet, a, { fill: null })), addresses.join(',').length),
          },
          'RangeFill',
        ),
      },
      'RangeFormat',
    );
  }
}
