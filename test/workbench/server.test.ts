// The workbench's port: PORT from the environment (`PORT=8081 npm start`), 8080 by default, and a port that cannot be
// used is said in Chinese. Starting the server needs the built page (npm run build), as the browser tests do.
import net from 'node:net';
import { startWorkbench, workbenchPort } from '../../src/workbench/server';

test.each([
  [undefined, 8080],
  ['', 8080],
  ['8081', 8081],
  [' 9000 ', 9000],
  ['0', 0],
  ['65535', 65535],
])('PORT=%p gives port %p', (text, port) => {
  expect(workbenchPort(text)).toBe(port);
});

test.each(['abc', '-1', '80.5', '65536', '8080a'])('PORT=%p is refused in Chinese', (text) => {
  expect(() => workbenchPort(text)).toThrow(`环境变量 PORT 应为 0 到 65535 之间的整数（0 表示任选一个空闲端口），现在是“${text}”。`);
});

test('a port already in use is said in Chinese, with how to choose another', async () => {
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as net.AddressInfo;
  try {
    await expect(startWorkbench(port)).rejects.toThrow(
      `端口 ${port} 已被占用（也许演示台已经在运行）。可以用环境变量 PORT 换一个端口，如 PORT=8081 npm start。`,
    );
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});

test('PORT chooses the port when none is given', async () => {
  const previous = process.env.PORT;
  process.env.PORT = '0';
  try {
    const workbench = await startWorkbench();
    expect(workbench.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect(workbench.url).not.toBe('http://127.0.0.1:8080/');
    await workbench.close();
  } finally {
    if (previous === undefined) delete process.env.PORT;
    else process.env.PORT = previous;
  }
});
