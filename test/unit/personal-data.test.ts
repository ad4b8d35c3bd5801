// No one's mobile or office number in the repository's fixtures, samples' sources, docs or README: the public pages
// and a seed carried contact numbers; they are masked (139****9088), keeping everything the checks read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** A mainland mobile number, or an area code with an office number, standing on its own (not inside an index or URL). */
const PHONE = /(?<![\d/A-Za-z.-])(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})(?![\d A-Za-z])/u;

test('no unmasked phone number in the text files of the repository', () => {
  const tracked = execFileSync('git', ['ls-files', 'test/fixtures', 'docs', 'README.md', 'samples'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(ts|txt|json|md)$/u.test(file));
  expect(tracked.length).toBeGreaterThan(50);
  const found = tracked.flatMap((file) =>
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const match = PHONE.exec(line);
        return match ? [`${file}:${i + 1}: ${match[0]}`] : [];
      }),
  );
  expect(found).toEqual([]);
});
