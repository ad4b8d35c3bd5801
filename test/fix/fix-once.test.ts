// Every fix is its own end state (issue "Read every real 指标值…", item 5): apply every fix of a sheet once — one fix
// per cell, as a pass of `jixiao fix --all` does — and check again. On a fixed cell, of the value checks that were
// not already pending there, none may fire again with a fix of its own ("100%" → "≥100%" → "＝100%"; "≤2,53万" →
// "≤2.53万" → "≤2.53万元"), none may fire as an error, and the check whose fix was applied may not fire at all. A
// warning without a fix may remain: it asks what only the user can say ("一年一次" → "1次/年": which operator a
// frequency takes).
import fc from 'fast-check';
import type { Finding } from '../../src/core/check';
import { checkSheet } from '../../src/core/engine';
import type { SheetGrid } from '../../src/core/grid';
import { applyChanges, planFindings } from '../../src/core/plan';
import { readWorkbook } from '../../src/xlsx/read';
import { publicFixtures } from '../fixtures/corpus';
import { messy, messySheet, seedSheets } from '../support/messy';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer, type WorkbookSpec } from '../fixtures/spec';

/** Checks of a value's form: the ones whose fixes must not call for another. */
const VALUE_CATEGORIES = new Set(['value-format', 'operator', 'unit']);

function firstFixPerCell(findings: Finding[]): Finding[] {
  const taken = new Set<string>();
  const chosen: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    const cells = [finding.fix.cell, ...(finding.fix.also ?? []).map((edit) => edit.cell)];
    if (cells.some((cell) => taken.has(cell))) continue;
    for (const cell of cells) taken.add(cell);
    chosen.push(finding);
  }
  return chosen;
}

/** "cell check" pairs of the value checks that fire on a sheet. */
const firing = (findings: Finding[]) => findings.filter((f) => VALUE_CATEGORIES.has(f.category));

function refiring(sheet: SheetGrid): string[] {
  const before = checkSheet(sheet).findings;
  const applied = firstFixPerCell(before);
  const plan = planFindings(sheet, applied);
  const after = checkSheet(
    applyChanges(
      sheet,
      plan.changes,
      plan.unmerge.map((u) => u.range),
    ),
  ).findings;
  const fixedCells = new Set(plan.changes.map((c) => c.cell));
  const pending = new Set(
    firing(before)
      .filter((f) => !applied.includes(f))
      .map((f) => `${f.cell} ${f.check}`),
  );
  const appliedAt = new Set(applied.map((f) => `${f.fix!.cell} ${f.check}`));
  return firing(after)
    .filter((f) => fixedCells.has(f.cell) && !pending.has(`${f.cell} ${f.check}`))
    .filter((f) => f.fix !== null || f.severity === 'error' || appliedAt.has(`${f.cell} ${f.check}`))
    .map(
      (f) =>
        `${sheet.name}!${f.cell} ${f.check}: ${plan.changes.find((c) => c.cell === f.cell)?.from} → ${plan.changes.find((c) => c.cell === f.cell)?.to} → ${f.fix?.to ?? '（无修正）'}`,
    );
}

const SPECS: [string, WorkbookSpec][] = [
  ...Object.entries(SEEDS).map(([id, spec]) => [`seed ${id}`, spec] as [string, WorkbookSpec]),
  ...publicFixtures().map((f) => [f.id, f.spec] as [string, WorkbookSpec]),
];

test.each(SPECS)('%s: no fix leaves its cell for another value fix', async (_name, spec) => {
  const sheets = await readWorkbook(await workbookBuffer(spec), spec.file);
  expect(sheets.flatMap(refiring)).toEqual([]);
});

test('the seed sheets made messy at random: no fix leaves its cell for another value fix', async () => {
  const seeds = await seedSheets();
  fc.assert(
    fc.property(messySheet, ([seed, edits]) => {
      expect(refiring(messy(seeds[seed], edits))).toEqual([]);
    }),
    { numRuns: 150 },
  );
});
