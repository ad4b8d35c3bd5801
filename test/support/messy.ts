// Seed sheets made messier at random, for property tests: cells retyped with the seeds' defective values, names
// rewritten, cells cleared and merged, rows deleted, repeated and swapped, notes put between tables.
import fc from 'fast-check';
import type { CellValue, MergedArea, SheetGrid } from '../../src/core/grid';
import { seedGrids, type SeedId } from './seed';

const SEED_IDS: SeedId[] = ['000', '001', '002', '003', '004'];

/** The first sheet of every seed workbook, read through the exceljs adapter. */
export function seedSheets(): Promise<SheetGrid[]> {
  return Promise.all(SEED_IDS.map(async (id) => (await seedGrids(id))[0]));
}

/** A cell as the reader gives it: the value, and for a number the format and the text Excel shows. */
export interface Written {
  value: CellValue;
  format?: string;
  text?: string;
}

/** Indicator values seen in the seeds and in units' tables, defects included, as text and as numbers; formula errors and dates as the reader gives them. */
export const VALUES: Written[] = [
  ...[
    '≥90%',
    '90',
    '90100',
    '≤2,53万',
    '100%',
    '＝100%',
    '=100%',
    '≥95％',
    '>=80%',
    '≥ 90 %',
    '≤50万元',
    '≥100人',
    '10-20人',
    '90%-100%',
    '良好',
    '好',
    '有所提升',
    '显著提高',
    '按实际',
    '2026年12月底前',
    '12月31日前',
    '≥15万',
    '≤15万',
    '100',
    '95%以上',
    '不低于90%',
    '/',
    '—',
    '无',
    '达成',
    '部分达成',
    '未达成',
    '5000',
    '≥1个',
    '1个',
    '＞85%',
    '<5%',
    '0.5万元',
    '壹佰人',
    '９０％',
    '≥1,395,000.00元',
    '#DIV/0!',
    '#N/A',
    '2026-12-31',
    '100%（按实际完成情况填报，未完成的说明原因）',
    '500余人',
    '5万多元',
    '已完成',
  ].map((value) => ({ value })),
  { value: 0.9 },
  { value: 1 },
  { value: 95 },
  { value: 12000 },
  { value: 0 },
  { value: -3 },
  { value: true },
  { value: 1e-7 },
  { value: 123456789.123 },
  { value: 0.9, format: '0%', text: '90%' },
  { value: 0.955, format: '0.00%', text: '95.50%' },
];

/** Level names and header words, as units write them (spaced out, synonyms, wrapped), and notes. */
const NAMES: Written[] = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '服务对象满意度指标',
  '成本指标',
  '产   出   指   标',
  '效益',
  '满意度',
  '数量指标',
  '质量指标',
  '时效指标',
  '社会效益指标',
  '经济效益',
  '可持续影响指标',
  '生态效益指标',
  '经济成本指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '实际完成值',
  '分值',
  '得分',
  '目标1',
  '年度目标',
  '中期目标',
  '满意度\n指标',
  '注：以上数据为预计数',
  '填表人：',
].map((value) => ({ value }));

type Edit =
  | { kind: 'write'; at: [number, number]; cell: Written }
  | { kind: 'retype'; at: number; cell: Written; padding: [string, string] }
  | { kind: 'pad'; at: number; padding: [string, string] }
  | { kind: 'clear'; at: [number, number] }
  | { kind: 'merge-down'; at: [number, number]; rows: number }
  | { kind: 'merge-beside'; at: number; rows: number }
  | { kind: 'unmerge'; which: number }
  | { kind: 'delete-row' | 'repeat-row'; at: number }
  | { kind: 'swap-rows'; at: number; with: number }
  | { kind: 'note-row'; at: number; text: string };

/** Positions are fractions of the sheet's size, so one edit list applies to any seed. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const position = fc.tuple(fraction, fraction);
/** Spaces and line breaks around a text, as pasting and Alt+Enter leave them; none half the time. */
const padding = fc.oneof(fc.constant<[string, string]>(['', '']), fc.tuple(fc.constantFrom('', ' ', '　', '\n'), fc.constantFrom('', ' ', '\n', '  ')));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('write' as const), at: position, cell: fc.constantFrom(...VALUES, ...NAMES) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fraction, cell: fc.constantFrom(...VALUES), padding }), weight: 4 },
  fc.record({ kind: fc.constant('pad' as const), at: fraction, padding }),
  { arbitrary: fc.record({ kind: fc.constant('clear' as const), at: position }), weight: 2 },
  fc.record({ kind: fc.constant('merge-down' as const), at: position, rows: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('merge-beside' as const), at: fraction, rows: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('unmerge' as const), which: fraction }),
  fc.record({ kind: fc.constantFrom('delete-row' as const, 'repeat-row' as const), at: fraction }),
  fc.record({ kind: fc.constant('swap-rows' as const), at: fraction, with: fraction }),
  fc.record({
    kind: fc.constant('note-row' as const),
    at: fraction,
    text: fc.constantFrom('注：', '单位：万元', '填报说明：请如实填写', '二、部门整体支出绩效目标'),
  }),
);

const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A seed sheet with the edits made, kept as a reader would give it: covered cells blank, merges never overlapping. */
export function messy(base: SheetGrid, edits: Edit[]): SheetGrid {
  const rows = base.values.map((_, r) => ({
    values: [...base.values[r]],
    text: [...(base.text?.[r] ?? [])],
    formats: [...(base.numberFormats?.[r] ?? [])],
  }));
  let merges = [...base.merges];
  const width = () => Math.max(1, ...rows.map((row) => row.values.length));
  const cellAt = ([r, c]: [number, number]) => [Math.floor(r * rows.length), Math.floor(c * width())];
  const set = (r: number, c: number, cell: Written | null) => {
    rows[r].values[c] = cell?.value ?? null;
    rows[r].text[c] = cell?.text ?? null;
    rows[r].formats[c] = cell?.format ?? null;
  };
  const covered = (r: number, c: number) => merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right && (m.top !== r || m.left !== c));
  // Row edits drop the merges that reach the rows they move: their covered cells stay blank, as after an unmerge.
  const releaseRows = (from: number, to: number) => (merges = merges.filter((m) => m.bottom < from || m.top > to));
  for (const e of edits) {
    if (rows.length === 0) break;
    switch (e.kind) {
      case 'write':
      case 'clear': {
        const [r, c] = cellAt(e.at);
        if (!covered(r, c)) set(r, c, e.kind === 'write' ? e.cell : null);
        break;
      }
      case 'retype':
      case 'pad': {
        // A cell that already holds a value (a digit or an operator), or any text to pad: most edits then land on
        // the indicator values the checks read, not on the sheet's titles and notes.
        const wanted = (v: CellValue) => (e.kind === 'retype' ? typeof v === 'number' || /[\d≥≤＞＜<>=＝%％]/u.test(String(v)) : typeof v === 'string');
        const cells = rows.flatMap((row, r) => row.values.flatMap((v, c) => (v !== null && wanted(v) && !covered(r, c) ? [[r, c]] : [])));
        if (cells.length === 0) break;
        const [r, c] = cells[Math.floor(e.at * cells.length)];
        const [before, after] = e.padding;
        const cell = e.kind === 'retype' ? e.cell : { value: rows[r].values[c] };
        set(r, c, typeof cell.value === 'string' ? { value: `${before}${cell.value}${after}` } : cell);
        break;
      }
      case 'merge-down':
      case 'merge-beside': {
        // merge-beside: an empty merged column right of the tables (a 备注 column), where the self-evaluation looks
        // for room to write.
        const [r, c] = e.kind === 'merge-down' ? cellAt(e.at) : [Math.floor(e.at * rows.length), width()];
        const area = { top: r, left: c, bottom: Math.min(rows.length - 1, r + e.rows), right: c };
        if (area.bottom === r || merges.some((m) => overlaps(m, area))) break;
        for (let below = r + 1; below <= area.bottom; below++) set(below, c, null);
        merges.push(area);
        break;
      }
      case 'unmerge':
        if (merges.length > 0) merges.splice(Math.floor(e.which * merges.length), 1);
        break;
      case 'delete-row': {
        const r = Math.floor(e.at * rows.length);
        releaseRows(r, r);
        rows.splice(r, 1);
        merges = merges.map((m) => (m.top > r ? { ...m, top: m.top - 1, bottom: m.bottom - 1 } : m));
        break;
      }
      case 'repeat-row':
      case 'note-row': {
        const r = Math.floor(e.at * rows.length);
        releaseRows(r, r + 1);
        const copy = rows[r];
        const row =
          e.kind === 'note-row' ? { values: [e.text], text: [], formats: [] } : { values: [...copy.values], text: [...copy.text], formats: [...copy.formats] };
        rows.splice(r + 1, 0, row);
        merges = merges.map((m) => (m.top > r ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
        break;
      }
      case 'swap-rows': {
        const a = Math.floor(e.at * rows.length);
        const b = Math.floor(e.with * rows.length);
        releaseRows(a, a);
        releaseRows(b, b);
        [rows[a], rows[b]] = [rows[b], rows[a]];
        break;
      }
    }
  }
  return { name: base.name, values: rows.map((r) => r.values), text: rows.map((r) => r.text), numberFormats: rows.map((r) => r.formats), merges };
}

/** Seed 004, the one self-evaluation with actuals and scores, is drawn as often as the four target tables together. */
const seedIndex = fc.oneof({ arbitrary: fc.nat({ max: SEED_IDS.length - 2 }), weight: 1 }, { arbitrary: fc.constant(SEED_IDS.length - 1), weight: 1 });
/** [index into seedSheets(), edits]. */
export const messySheet = fc.tuple(seedIndex, fc.array(edit, { minLength: 1, maxLength: 25 }));

/** Two sheets' tables one below the other, a blank row between: a target table and a self-evaluation on one sheet. */
export function stacked(top: SheetGrid, bottom: SheetGrid): SheetGrid {
  const gap = top.values.length + 1;
  // One layer (values, texts or formats) row by row, rows the sheet has no layer for empty.
  const layer = <T>(sheet: SheetGrid, cells: T[][] | undefined): T[][] => sheet.values.map((_, r) => [...(cells?.[r] ?? [])]);
  const both = <T>(of: (sheet: SheetGrid) => T[][] | undefined): T[][] => [...layer(top, of(top)), [], ...layer(bottom, of(bottom))];
  return {
    name: top.name,
    values: both((s) => s.values),
    text: both((s) => s.text),
    numberFormats: both((s) => s.numberFormats),
    merges: [...top.merges, ...bottom.merges.map((m) => ({ ...m, top: m.top + gap, bottom: m.bottom + gap }))],
  };
}
