// `jixiao --version` (and -v, as node and npm take it): the version in package.json, nothing else, exit 0.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli';

const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));

test.each(['--version', '-v'])('%s prints the version from package.json', async (flag) => {
  expect(await runCli(flag)).toEqual({ code: 0, out: `${version}\n`, err: '' });
});

test('the usage names --version', async () => {
  expect((await runCli('--help')).out).toContain('jixiao --version');
});
