// A plain static server for the browser tests of the web page, as IT would publish dist/web: Python's http.server.
import { spawn } from 'node:child_process';

/** `python3 -m http.server` on a free loopback port, serving `folder`: nothing but files. */
export function staticServer(folder: string): Promise<{ url: string; close(): void }> {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', folder], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const port = /port (\d+)/u.exec(out);
      if (port) resolve({ url: `http://127.0.0.1:${port[1]}/`, close: () => child.kill() });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`python3 -m http.server 退出（${code}）：${out}`)));
  });
}
