// A CheckTester modelled on ESLint's RuleTester: valid grids report nothing, invalid grids report exactly the
// listed findings, fixes produce the listed output, and a fixed cell is not reported again by the same check.
import type { Check } from '../../src/core/check';
import type { SheetGrid } from '../../src/core/grid';
import { applyChanges, planFindings } from '../../src/core/plan';
import { findingsOf, validCase, type CheckCases } from './check-cases';

/** Cases differ when anything the check reads differs: the grid with its merges, or the settings. */
function caseKey(grid: SheetGrid, settings: object | undefined): string {
  return JSON.stringify([grid, settings]);
}

export function runCheckTests(check: Check, cases: CheckCases): void {
  describe(check.id, () => {
    test('has no duplicate cases', () => {
      const keys = [...cases.valid.map(validCase), ...cases.invalid].map((c) => caseKey(c.grid, c.settings));
      expect(new Set(keys).size).toBe(keys.length);
    });

    cases.valid.forEach((entry, i) => {
      const valid = validCase(entry);
      test(`valid ${valid.name ?? i + 1}`, () => {
        expect(findingsOf(check, valid.grid, valid.settings).map((f) => `${f.cell} ${f.messageId}`)).toEqual([]);
      });
    });

    cases.invalid.forEach((invalid, i) => {
      test(`invalid ${invalid.name ?? i + 1}`, () => {
        expect(invalid.errors.length).toBeGreaterThan(0);
        const before = JSON.stringify(invalid.grid);
        const findings = findingsOf(check, invalid.grid, invalid.settings);
        expect(JSON.stringify(invalid.grid)).toBe(before);
        expect(findings.map((f) => ({ cell: f.cell, messageId: f.messageId }))).toEqual(invalid.errors.map((e) => ({ cell: e.cell, messageId: e.messageId })));
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
        const after = findingsOf(
          check,
          applyChanges(
            invalid.grid,
            plan.changes,
            plan.unmerge.map((u) => u.range),
          ),
          invalid.settings,
        );
        expect(after.map((f) => `${f.cell} ${f.messageId}`).filter((key) => fixed.has(key))).toEqual([]);
      });
    });
  });
}

/** Which of a check's fixes `jixiao fix` may apply without asking, by cell (DOMAIN §0: only when the meaning cannot change). */
export function fixSafety(check: Check, grid: SheetGrid): Record<string, boolean> {
  return Object.fromEntries(findingsOf(check, grid).flatMap((f) => (f.fix ? [[f.fix.cell, f.fix.safe]] : [])));
}
