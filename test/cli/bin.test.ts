// The installed command as a process: what a shell pipeline sees.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

test('a reader that closes the pipe early (jixiao check … | head) ends the command quietly with 141', async () => {
  const child = spawn(process.execPath, ['bin/jixiao.js', 'check', 'samples'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  // Closed before the first write, so the command's first write fails as it would after head has read its lines.
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(err).toBe('');
  expect(code).toBe(141);
}, 60000);

test('--version finds package.json from the compiled command too', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const run = spawnSync(process.execPath, ['bin/jixiao.js', '--version'], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
});
