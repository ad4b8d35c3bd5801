// A CheckTester modelled on ESLint's RuleTester: valid grids report nothing, invalid grids report exactly the
// listed findings, fixes produce the listed output, and a fixed cell is not reported again by the same check.
import { DEFAULT_SETTINGS, type Check, type Finding, type Fix, type Settings } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import { a1, parseA1, type SheetGrid } from '../../src/core/grid';

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

function run(check: Check, grid: SheetGrid, settings?: Partial<Settings>): Finding[] {
  return checkSheet(grid, { ...DEFAULT_SETTINGS, ...settings }, [check]).findings;
}

/** The grid with every fix applied: merges named by a fix are split first, then the new texts written. */
function withFixes(grid: SheetGrid, fixes: Fix[]): SheetGrid {
  const split = new Set(fixes.flatMap((fix) => (fix.unmerge ? [fix.unmerge] : [])));
  const merges = grid.merges.filter((m) => !split.has(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`));
  const edits = Object.fromEntries(fixes.flatMap((fix) => [fix, ...(fix.also ?? [])]).map((edit) => [edit.cell, edit.to]));
  const values = grid.values.map((row) => [...row]);
  for (const [cell, text] of Object.entries(edits)) {
    const { row, col } = parseA1(cell);
    while (values.length <= row) values.push([]);
    values[row][col] = text;
  }
  return { ...grid, values, merges, text: undefined };
}

function caseKey(grid: SheetGrid): string {
  return JSON.stringify([grid.values, grid.merges]);
}

export function runCheckTests(check: Check, cases: { valid: (SheetGrid | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(check.id, () => {
    test('has no duplicate cases', () => {
      const keys = [...cases.valid.map((v) => caseKey('grid' in v ? v.grid : v)), ...cases.invalid.map((c) => caseKey(c.grid))];
      expect(new Set(keys).size).toBe(keys.length);
    });

    cases.valid.forEach((entry, i) => {
      const valid = 'grid' in entry ? entry : { grid: entry };
      test(`valid ${valid.name ?? i + 1}`, () => {
        expect(run(check, valid.grid, valid.settings).map((f) => `${f.cell} ${f.messageId}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((invalid, i) => {
      test(`invalid ${invalid.name ?? i + 1}`, () => {
        expect(invalid.errors.length).toBeGreaterThan(0);
        const before = JSON.stringify(invalid.grid);
        const findings = run(check, invalid.grid, invalid.settings);
        expect(JSON.stringify(invalid.grid)).toBe(before);
        expect(findings.map((f) => ({ cell: f.cell, messageId: f.messageId }))).toEqual(
          invalid.errors.map((e) => ({ cell: e.cell, messageId: e.messageId })),
        );
        invalid.errors.forEach((expected, k) => {
          if (expected.data) expect(findings[k].data).toMatchObject(Object.fromEntries(Object.entries(expected.data).map(([key, v]) => [key, String(v)])));
          if (expected.severity) expect(findings[k].severity).toBe(expected.severity);
        });

        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
        if (fixes.length === 0) {
          expect(invalid.output).toBeUndefined();
          return;
        }
        expect(invalid.output).toBeDefined();
        const edits = Object.fromEntries(fixes.flatMap((fix) => [fix, ...(fix.also ?? [])]).map((edit) => [edit.cell, edit.to]));
        expect(edits).toEqual(invalid.output);
        // A fix, once applied, leaves nothing for the same check to say where it said it (fixes are idempotent).
        const fixed = new Set(findings.filter((f) => f.fix).map((f) => `${f.cell} ${f.messageId}`));
        const after = run(check, withFixes(invalid.grid, fixes), invalid.settings);
        expect(after.map((f) => `${f.cell} ${f.messageId}`).filter((key) => fixed.has(key))).toEqual([]);
      });
    });
  });
}
