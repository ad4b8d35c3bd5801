// Builds the in-memory Excel from SheetGrids (read from an .xlsx by the exceljs adapter).
import { a1, type SheetGrid } from '../core/grid';
import { FakeExcel, type DisplayText, type FakeCell, type FakeSheet } from './fake-excel';

export function fakeExcelFromGrids(grids: SheetGrid[], displayText: DisplayText, active = 0): FakeExcel {
  const sheets: FakeSheet[] = grids.map((grid, index) => {
    const cells = new Map<string, FakeCell>();
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = grid.numberFormats?.[r]?.[c] ?? null;
        if (value !== null && value !== undefined) cells.set(a1(r, c), { value, format, fill: null });
      }),
    );
    // A formula cell is marked as one (its text is not read; only that it is a formula matters to the pane).
    for (const area of grid.formulas ?? []) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = cells.get(a1(r, c)) ?? { value: null, format: grid.numberFormats?.[r]?.[c] ?? null, fill: null };
          cells.set(a1(r, c), { ...cell, formula: '=' });
        }
      }
    }
    // An empty cell keeps its number format, so a value written into it shows as Excel would show it.
    grid.numberFormats?.forEach((row, r) =>
      row.forEach((format, c) => {
        if (format && !cells.has(a1(r, c))) cells.set(a1(r, c), { value: null, format, fill: null });
      }),
    );
    return { id: sheetId(index), name: grid.name, cells, merges: grid.merges.map((m) => ({ ...m })), protected: false, selected: null };
  });
  return new FakeExcel(sheets, active, displayText);
}

/** A GUID in the form Excel gives worksheet ids, the same for the same position on every run. */
function sheetId(index: number): string {
  return `{${(index + 1).toString(16).padStart(8, '0').toUpperCase()}-6A1E-4C1B-9F0A-5E3D2B7C8A41}`;
}
