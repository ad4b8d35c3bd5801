// The manifest checked offline (the online `office-addin-manifest validate` needs Microsoft's service).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A CommonJS script, shared with `npm run validate:offline`.
const { checkManifest } = require('../../scripts/check-manifest.js') as { checkManifest(file: string): Promise<string[]> };

const MANIFEST = path.join(__dirname, '..', '..', 'manifest.xml');

test('manifest.xml passes the offline checks', async () => {
  expect(await checkManifest(MANIFEST)).toEqual([]);
});

test('it asks for ExcelApi 1.13 (merged areas), opens the pane from the Home tab, and ships 16/32/64/80 px icons', async () => {
  const text = await fs.readFile(MANIFEST, 'utf8');
  expect(text).toContain('<Set Name="ExcelApi" MinVersion="1.13"/>');
  expect(text).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/u);
  for (const size of [16, 32, 64, 80]) {
    const png = await fs.readFile(path.join(__dirname, '..', '..', 'assets', `icon-${size}.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test.each([
  ['an undefined resid', (t: string) => t.replace('resid="Button.Tooltip"', 'resid="Button.Missing"'), 'resid Button.Missing 未定义'],
  [
    'Requirements after DefaultSettings',
    (t: string) => t.replace(/(\s*<Requirements>[\s\S]*?<\/Requirements>)(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/u, '$2$1'),
    '顶层元素顺序',
  ],
  [
    'an http URL',
    (t: string) => t.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'),
    'URL 必须是 https',
  ],
  ['a missing icon file', (t: string) => t.replace('icon-80.png', 'icon-81.png'), '图标文件不存在'],
])('catches %s', async (_, breakIt, problem) => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-manifest-'));
  await fs.cp(path.join(__dirname, '..', '..', 'assets'), path.join(dir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(dir, 'manifest.xml'), breakIt(await fs.readFile(MANIFEST, 'utf8')));
  const problems = await checkManifest(path.join(dir, 'manifest.xml'));
  expect(problems.join('\n')).toContain(problem);
  await fs.rm(dir, { recursive: true, force: true });
});

test('the production build replaces every dev URL of the manifest, AppDomain included', async () => {
  process.env.ADDIN_ORIGIN = 'https://jixiao.example.gov.cn/';
  try {
    // A CommonJS config; its copy pattern for manifest.xml carries the transform the build applies.
    const configure = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => Promise<Array<{ plugins: unknown[] }>>;
    const [addin] = await configure({}, { mode: 'production' });
    const copy = addin.plugins.find((p) => p?.constructor?.name === 'CopyPlugin') as { patterns: { from: string; transform?: (c: Buffer) => string }[] };
    const manifest = copy.patterns.find((p) => p.from === 'manifest.xml')!;
    const built = manifest.transform!(await fs.readFile(MANIFEST));
    expect(built).not.toContain('localhost');
    expect(built).toContain('<AppDomain>https://jixiao.example.gov.cn</AppDomain>');
    expect(built).toContain('<SourceLocation DefaultValue="https://jixiao.example.gov.cn/taskpane.html"/>');
  } finally {
    delete process.env.ADDIN_ORIGIN;
  }
});
