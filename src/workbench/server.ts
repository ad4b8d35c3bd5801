// The workbench server (`npm start`): the web page (dist/web, `npm run build:web`) and the bundled samples under
// /samples/, as files. The page reads, checks and writes workbooks itself; the server only hands out files. It listens
// on the loopback address only and reaches nothing outside this machine.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'web');
const SAMPLES = path.join(ROOT, 'samples');
export const DEFAULT_SAMPLE = 'seed-004-南岳残联-部门整体自评表.xlsx';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file an address names: a sample under /samples/, anything else in the page's folder; never outside either. */
function fileOf(pathname: string): string | null {
  const [folder, rest] = pathname.startsWith('/samples/') ? [SAMPLES, pathname.slice('/samples'.length)] : [WEB, pathname === '/' ? '/index.html' : pathname];
  const file = path.join(folder, path.normalize(decodeURIComponent(rest)));
  return file.startsWith(folder + path.sep) ? file : null;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'GET') return void res.writeHead(405).end();
  const file = fileOf(new URL(req.url ?? '/', 'http://localhost').pathname);
  const body = file && (await fs.readFile(file).catch(() => null));
  if (!file || !body) return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('找不到这个文件。');
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(body);
}

const DEFAULT_PORT = 8080;
const PORT_HINT = '可以用环境变量 PORT 换一个端口，如 PORT=8081 npm start。';

/**
 * The port `npm start` listens on: PORT from the environment (`PORT=8081 npm start`), 8080 when it is unset or empty.
 * Anything but a whole number up to 65535 is refused in Chinese, rather than by Node's English error at listen.
 */
export function workbenchPort(text = process.env.PORT): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\s*\d+\s*$/u.test(text) || port > 65535) {
    throw new Error(`环境变量 PORT 应为 0 到 65535 之间的整数（0 表示任选一个空闲端口），现在是“${text}”。`);
  }
  return port;
}

/** Why the server could not listen, in Chinese where the port chosen is the cause. */
function listenFailure(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new Error(`端口 ${port} 已被占用（也许演示台已经在运行）。${PORT_HINT}`);
  if (error.code === 'EACCES') return new Error(`没有权限使用端口 ${port}（1024 以下的端口通常需要管理员权限）。${PORT_HINT}`);
  return error;
}

/** Starts the workbench on 127.0.0.1; port 0 picks a free one. */
export async function startWorkbench(port = workbenchPort()): Promise<{ url: string; close(): Promise<void> }> {
  if (!(await fs.stat(path.join(WEB, 'index.html')).catch(() => null))) {
    throw new Error('网页版尚未构建，请先运行 npm run build:web。');
  }
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => res.writeHead(500).end(`服务器错误：${error instanceof Error ? error.message : String(error)}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenFailure(error, port)));
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  startWorkbench().then(
    ({ url }) =>
      process.stdout.write(
        `绩效表校验助手演示台已启动：${url}?sample=${encodeURIComponent(DEFAULT_SAMPLE)}\n（打开这个地址即打开示例工作簿 ${DEFAULT_SAMPLE}；不带 ?sample 即是空白的网页版。）按 Ctrl+C 退出。\n`,
      ),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
