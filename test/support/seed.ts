// Builds a seed workbook, writes it to .xlsx bytes and reads it back through the exceljs adapter.
import type { Finding } from '../../src/core/check';
import { checkWorkbook, type SheetReport } from '../../src/core/engine';
import type { SheetGrid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';

export type SeedId = keyof typeof SEEDS;

export async function seedGrids(id: SeedId): Promise<SheetGrid[]> {
  const spec = SEEDS[id];
  return readWorkbook(await workbookBuffer(spec), spec.file);
}

export async function checkSeed(id: SeedId): Promise<SheetReport[]> {
  return checkWorkbook(await seedGrids(id));
}

/** Findings grouped as "check severity" → cells, in sheet order (Frictionless's report.flatten, made readable). */
export function cellsByCheck(findings: Finding[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const f of findings) (grouped[`${f.check} ${f.severity}`] ??= []).push(f.cell);
  return grouped;
}
