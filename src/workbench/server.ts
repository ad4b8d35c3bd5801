// The workbench server (`npm start`): serves the page and turns .xlsx files into grids with the exceljs adapter.
// It listens on the loopback address only and reaches nothing outside this machine.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { SheetGrid } from '../core/grid';
import { readWorkbook, WorkbookReadError } from '../xlsx/read';

export interface WorkbookJson {
  file: string;
  sheets: SheetGrid[];
}

const ROOT = path.join(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'workbench-web');
const SAMPLES = path.join(ROOT, 'samples');
export const DEFAULT_SAMPLE = 'seed-004-南岳残联-部门整体自评表.xlsx';
const MAX_UPLOAD = 50 * 1024 * 1024;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.css': 'text/css' };

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function workbookJson(bytes: Buffer, file: string): Promise<WorkbookJson> {
  return { file, sheets: await readWorkbook(bytes, file) };
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD) throw new WorkbookReadError('上传的文件', '超过 50 MB。');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
  } else if (req.method === 'GET' && url.pathname === '/api/samples') {
    send(res, 200, JSON.stringify((await fs.readdir(SAMPLES)).filter((f) => f.endsWith('.xlsx')).sort()));
  } else if (req.method === 'GET' && url.pathname === '/api/sample') {
    const name = path.basename(url.searchParams.get('name') ?? DEFAULT_SAMPLE);
    send(res, 200, JSON.stringify(await workbookJson(await fs.readFile(path.join(SAMPLES, name)), name)));
  } else if (req.method === 'POST' && url.pathname === '/api/open') {
    const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'workbook.xlsx'));
    send(res, 200, JSON.stringify(await workbookJson(await readBody(req), name)));
  } else if (req.method === 'GET') {
    const file = path.join(WEB, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(WEB)) return send(res, 403, '{}');
    const body = await fs.readFile(file).catch(() => null);
    if (body) send(res, 200, body, TYPES[path.extname(file)] ?? 'application/octet-stream');
    else send(res, 404, JSON.stringify({ error: `找不到 ${url.pathname}` }));
  } else {
    send(res, 405, '{}');
  }
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
    throw new Error('演示台页面尚未构建，请先运行 npm run build。');
  }
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      const message = error instanceof WorkbookReadError ? error.message : `服务器错误：${error instanceof Error ? error.message : String(error)}`;
      send(res, error instanceof WorkbookReadError ? 400 : 500, JSON.stringify({ error: message }));
    });
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
    ({ url }) => process.stdout.write(`绩效表校验助手演示台已启动：${url}\n已打开示例工作簿 ${DEFAULT_SAMPLE}；按 Ctrl+C 退出。\n`),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
