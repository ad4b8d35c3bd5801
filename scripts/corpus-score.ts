// Scores one `jixiao check --json` file report against a reviewer's expectation (test/fixtures/expectation.ts):
// tables found, rows placed under the right 一级/二级, must-flag cells flagged, must-not-flag cells flagged, fixes exact.
import type { FileJson, FindingJson, IndicatorJson, TableJson } from '../src/core/report';
import { parseA1, parseRangeA1 } from '../src/core/grid';
import type { CellName, CorpusExpectation } from '../test/fixtures/expectation';

export interface Score {
  tablesExpected: number;
  tablesFound: number;
  /** Tables reported beyond what a reviewer sees (on a hard negative, every table). */
  tablesExtra: number;
  rows: number;
  rowsFound: number;
  rowsPlaced: number;
  flags: number;
  flagsHit: number;
  clean: number;
  falseFlags: number;
  fixes: number;
  fixesExact: number;
  /** What was missed, for the per-file listing. */
  misses: string[];
}

export const AIMS = { rowsPlaced: 0.95, recall: 0.95, falseFlags: 0, fixesExact: 0.9 };

interface Place {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "E12", "C12:E12" or "Sheet2!E12" → the rectangle it names. */
function placeOf(name: CellName): Place {
  const bang = name.lastIndexOf('!');
  const sheet = bang >= 0 ? name.slice(0, bang) : null;
  return { sheet, ...parseRangeA1(name.slice(bang + 1)) };
}

function covers(place: Place, sheet: string, cell: string, firstSheet: string): boolean {
  if ((place.sheet ?? firstSheet) !== sheet) return false;
  const { row, col } = parseA1(cell);
  return row >= place.top && row <= place.bottom && col >= place.left && col <= place.right;
}

/** The cell a reported row is keyed by: its block's 指标值 column, else its 实际完成值 column, on its own row. */
function rowKey(table: TableJson, indicator: IndicatorJson): string | null {
  const block = table.header.blocks.find((b) => b.period === indicator.period) ?? table.header.blocks[0];
  const column = block?.columns.target ?? block?.columns.actual;
  return column ? `${table.sheet}!${column}${indicator.row}` : null;
}

export function scoreFile(report: FileJson, expectation: CorpusExpectation, firstSheet: string): Score {
  const misses: string[] = [];
  const qualified = (name: CellName) => (name.includes('!') ? name : `${firstSheet}!${name}`);

  const reported = new Map<string, IndicatorJson>();
  for (const table of report.tables) {
    for (const indicator of table.indicators) {
      const key = rowKey(table, indicator);
      if (key) reported.set(key, indicator);
    }
  }
  let rowsFound = 0;
  let rowsPlaced = 0;
  for (const row of expectation.rows) {
    const indicator = reported.get(qualified(row.cell));
    if (!indicator) {
      misses.push(`行 ${row.cell} 未读到（${row.level3 ?? ''}）`);
      continue;
    }
    rowsFound++;
    const level1 = indicator.placedLevel1 ?? indicator.level1;
    const level2 = indicator.placedLevel2 ?? indicator.level2;
    const placed = (row.level1 === null || row.level1 === level1) && (row.level2 === null || row.level2 === level2);
    if (placed) rowsPlaced++;
    else misses.push(`行 ${row.cell} 归于 ${level1 ?? '—'}/${level2 ?? '—'}，应为 ${row.level1 ?? '—'}/${row.level2 ?? '—'}`);
  }

  const findings = report.findings;
  const at = (place: Place, f: FindingJson) => covers(place, f.sheet, f.cell, firstSheet) || (f.fix !== null && covers(place, f.sheet, f.fix.cell, firstSheet));
  let flagsHit = 0;
  for (const flag of expectation.flags) {
    const place = placeOf(flag.cell);
    if (findings.some((f) => f.category === flag.category && at(place, f))) flagsHit++;
    else misses.push(`应标记 ${flag.cell} [${flag.category}] ${flag.why}`);
  }
  let falseFlags = 0;
  for (const cell of expectation.clean) {
    const place = placeOf(cell);
    const wrong = findings.filter((f) => covers(place, f.sheet, f.cell, firstSheet));
    if (wrong.length > 0) {
      falseFlags++;
      misses.push(`误标 ${cell}：${wrong.map((f) => f.check).join('、')}`);
    }
  }
  let fixesExact = 0;
  for (const fix of expectation.fixes) {
    const place = placeOf(fix.cell);
    const offered = findings.filter((f) => f.fix && covers(place, f.sheet, f.fix.cell, firstSheet));
    if (offered.some((f) => f.fix!.to === fix.to)) fixesExact++;
    else misses.push(`修正 ${fix.cell} → ${fix.to}${offered.length > 0 ? `，给出的是 ${offered.map((f) => f.fix!.to).join(' / ')}` : '，未给出'}`);
  }

  return {
    tablesExpected: expectation.tables,
    tablesFound: Math.min(report.tables.length, expectation.tables),
    tablesExtra: Math.max(0, report.tables.length - expectation.tables),
    rows: expectation.rows.length,
    rowsFound,
    rowsPlaced,
    flags: expectation.flags.length,
    flagsHit,
    clean: expectation.clean.length,
    falseFlags,
    fixes: expectation.fixes.length,
    fixesExact,
    misses,
  };
}

/** A hard negative: every table and every finding is a false one. */
export function scoreNegative(report: FileJson): Score {
  return {
    tablesExpected: 0,
    tablesFound: 0,
    tablesExtra: report.tables.length,
    rows: 0,
    rowsFound: 0,
    rowsPlaced: 0,
    flags: 0,
    flagsHit: 0,
    clean: 0,
    falseFlags: report.findings.length,
    fixes: 0,
    fixesExact: 0,
    misses: report.findings.map((f) => `误标 ${f.cell}：${f.check}`),
  };
}

export function total(scores: Score[]): Score {
  const sum = (key: Exclude<keyof Score, 'misses'>) => scores.reduce((n, s) => n + s[key], 0);
  return {
    tablesExpected: sum('tablesExpected'),
    tablesFound: sum('tablesFound'),
    tablesExtra: sum('tablesExtra'),
    rows: sum('rows'),
    rowsFound: sum('rowsFound'),
    rowsPlaced: sum('rowsPlaced'),
    flags: sum('flags'),
    flagsHit: sum('flagsHit'),
    clean: sum('clean'),
    falseFlags: sum('falseFlags'),
    fixes: sum('fixes'),
    fixesExact: sum('fixesExact'),
    misses: [],
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** One line: 表 a/b（多 c） 行归位 … 应标记 … 误标 … 修正准确 …. */
export function scoreLine(s: Score): string {
  return [
    `表 ${s.tablesFound}/${s.tablesExpected}${s.tablesExtra ? `（多 ${s.tablesExtra}）` : ''}`,
    `行归位 ${s.rowsPlaced}/${s.rows} ${percent(s.rowsPlaced, s.rows)}`,
    `应标记 ${s.flagsHit}/${s.flags} ${percent(s.flagsHit, s.flags)}`,
    `误标 ${s.falseFlags}`,
    `修正准确 ${s.fixesExact}/${s.fixes} ${percent(s.fixesExact, s.fixes)}`,
  ].join('  ');
}

/** The aims the total must meet (issue: rows ≥ 95 %, recall ≥ 95 %, no false flags, fixes exact ≥ 90 %). */
export function shortfalls(s: Score): string[] {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const out: string[] = [];
  if (s.tablesFound < s.tablesExpected) out.push(`找到的表 ${s.tablesFound}/${s.tablesExpected}`);
  if (s.tablesExtra > 0) out.push(`多找到 ${s.tablesExtra} 张表`);
  if (ratio(s.rowsPlaced, s.rows) < AIMS.rowsPlaced) out.push(`行归位 ${percent(s.rowsPlaced, s.rows)} < 95%`);
  if (ratio(s.flagsHit, s.flags) < AIMS.recall) out.push(`应标记 ${percent(s.flagsHit, s.flags)} < 95%`);
  if (s.falseFlags > AIMS.falseFlags) out.push(`误标 ${s.falseFlags} 处`);
  if (ratio(s.fixesExact, s.fixes) < AIMS.fixesExact) out.push(`修正准确 ${percent(s.fixesExact, s.fixes)} < 90%`);
  return out;
}
