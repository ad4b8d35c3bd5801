// Everything a test, a script or CI reads lives in the repository: a fresh clone on a machine that has nothing else
// must pass (issue "A fresh clone tells the truth"). Code that reaches for the folder the corpora came from fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CODE = /\.(ts|tsx|js|json)$/u;
/** A path outside the repository: the shared folder beside it, or a climb above the root from the top folders. */
const OUTSIDE = /\.\.\/shared|['"]shared['"]|['"]\.\.['"],\s*['"]\.\.['"],\s*['"]\.\.['"]/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(full).isDirectory() ? files(full) : CODE.test(name) ? [full] : [];
  });
}

test('no test, script, source file or CI step reads a path outside the repository', () => {
  const candidates = [
    ...['src', 'test', 'scripts'].flatMap((dir) => files(path.join(ROOT, dir))),
    path.join(ROOT, '.ci', 'run'),
    path.join(ROOT, 'package.json'),
  ];
  const offending = candidates.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), at: `${path.relative(ROOT, file)}:${i + 1}` }))
      // Comments may say where a copy came from.
      .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && OUTSIDE.test(line))
      .map(({ at, line }) => `${at}: ${line}`),
  );
  expect(offending).toEqual([]);
});
