// A CheckTester modelled on ESLint's RuleTester: valid grids report nothing, invalid grids report exactly the
// listed findings, fixes produce the listed output, and a fixed cell is not reported again by the same check.
import { DEFAULT_SETTINGS, type Check, type Finding, type Settings } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import type { SheetGrid } from '../../src/core/grid';
import { applyChanges, planFindings } from '../../src/core/plan';

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

        if (!findings.some((f) => f.fix)) {
          expect(invalid.output).toBeUndefined();
          return;
        }
        expect(invalid.output).toBeDefined();
        // The fixes as `jixiao fix` applies them: merges named by a fix split, every edit (and its companions) written.
        const plan = planFindings(invalid.grid, findings);
        expect(Object.fromEntries(plan.changes.map((c) => [c.cell, c.to]))).toEqual(invalid.output);
        // A fix, once applied, leaves nothing for the same check to say where it said it (fixes are idempotent).
        const fixed = new Set(findings.filter((f) => f.fix).map((f) => `${f.cell} ${f.messageId}`));
        const after = run(check, applyChanges(invalid.grid, plan.changes, plan.unmerge.map((u) => u.range)), invalid.settings);
        expect(after.map((f) => `${f.cell} ${f.messageId}`).filter((key) => fixed.has(key))).toEqual([]);
      });
    });
  });
}
