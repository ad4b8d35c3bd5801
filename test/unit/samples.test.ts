// The committed samples/ are the generator's output: reading either gives the same sheets (`npm run fixtures`).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../src/xlsx/read';
import { SEEDS } from '../fixtures/seeds';
import { workbookBuffer } from '../fixtures/spec';

test.each(Object.values(SEEDS).map((spec) => [spec.file, spec] as const))('samples/%s is up to date', async (file, spec) => {
  const committed = await readWorkbook(await fs.readFile(path.join(__dirname, '..', '..', 'samples', file)), file);
  const generated = await readWorkbook(await workbookBuffer(spec), file);
  expect(committed).toEqual(generated);
});
