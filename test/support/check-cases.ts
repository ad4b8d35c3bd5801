// A check's test table, kept in test/unit/checks/<id>.cases.ts as plain data: the jest runner asserts it and the
// docs generator shows it, so a check's page cannot drift from what its tests prove.
import path from 'node:path';
import { DEFAULT_SETTINGS, type Check, type Finding, type Settings } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import type { SheetGrid } from '../../src/core/grid';

export interface ExpectedFinding {
  cell: string;
  messageId: string;
  /** A subset of the finding's data. */
  data?: Record<string, string | number>;
  severity?: Finding['severity'];
}

export interface InvalidCase {
  name?: string;
  grid: SheetGrid;
  errors: ExpectedFinding[];
  /** Cell → text after applying every fix the findings carry; required when any finding has a fix. */
  output?: Record<string, string>;
  settings?: Partial<Settings>;
}

export interface ValidCase {
  name?: string;
  grid: SheetGrid;
  settings?: Partial<Settings>;
}

/** Valid cases may be bare grids, as ESLint's may be bare code strings. */
export interface CheckCases {
  valid: (SheetGrid | ValidCase)[];
  invalid: InvalidCase[];
}

export function validCase(entry: SheetGrid | ValidCase): ValidCase {
  return 'grid' in entry ? entry : { grid: entry };
}

/** What the check alone reports on a case's grid. */
export function findingsOf(check: Check, grid: SheetGrid, settings?: Partial<Settings>): Finding[] {
  return checkSheet(grid, { ...DEFAULT_SETTINGS, ...settings }, [check]).findings;
}

/** The file holding a check's table. */
export function casesFile(id: string): string {
  return path.join(__dirname, '..', 'unit', 'checks', `${id}.cases.ts`);
}

/** A check's table, loaded by id: the catalogue guard makes sure every registered check has one. */
export function casesOf(id: string): CheckCases {
  // Loaded by name so that adding a check needs no second registry beside src/core/checks/index.ts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(casesFile(id)) as { default: CheckCases }).default;
}
