// Where the pane gets Office.js, and what it says when it cannot start: never a blank pane (issue "The add-in in real
// Excel", items 4 and 5). The page tested is the one `npm test` has just built into dist/addin.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

type Configure = (env: object, argv: { mode: string }) => Promise<Array<{ plugins: unknown[] }>>;
interface Pattern {
  from: string;
  to?: string;
  globOptions?: { ignore?: string[] };
}

const ROOT = path.join(__dirname, '..', '..');

async function built(officeJs?: string): Promise<{ src: string; copied: Pattern[] }> {
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    const [addin] = await (require('../../webpack.config.js') as Configure)({}, { mode: 'production' });
    const html = addin.plugins.find((p) => p?.constructor?.name === 'HtmlWebpackPlugin') as { userOptions: { templateParameters: { officeJs: string } } };
    const copy = addin.plugins.find((p) => p?.constructor?.name === 'CopyPlugin') as { patterns: Pattern[] };
    return { src: html.userOptions.templateParameters.officeJs, copied: copy.patterns.filter((p) => p.to === 'office-js') };
  } finally {
    delete process.env.OFFICE_JS;
  }
}

test("by default the pane loads Office.js from Microsoft's CDN", async () => {
  expect(await built()).toEqual({ src: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', copied: [] });
});

test("OFFICE_JS=self serves the package's copy of the CDN folder from the add-in's own origin, zh-cn strings included", async () => {
  const { src, copied } = await built('self');
  expect(src).toBe('office-js/office.js');
  expect(copied).toHaveLength(1);
  const folder = path.join(ROOT, copied[0].from);
  for (const file of ['office.js', 'zh-cn/office_strings.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js']) {
    await expect(fs.access(path.join(folder, file))).resolves.toBeUndefined();
  }
  expect(copied[0].globOptions?.ignore).toEqual(['**/*.debug.js']);
});

test('any other OFFICE_JS value stops the build with a sentence', async () => {
  await expect(built('intranet')).rejects.toThrow('OFFICE_JS 只能是 cdn 或 self，收到“intranet”');
});

describe('the built pane page, before its bundle runs', () => {
  async function page(options: { userAgent?: string; office?: boolean } = {}) {
    const html = await fs.readFile(path.join(ROOT, 'dist', 'addin', 'taskpane.html'), 'utf8');
    // Scripts with a src are not fetched: Office.js is "loaded" only where the test defines it.
    const dom = new JSDOM(html, {
      runScripts: 'dangerously',
      beforeParse: (window) => {
        if (options.office) Object.assign(window, { Office: {} });
        if (options.userAgent) Object.defineProperty(window.navigator, 'userAgent', { value: options.userAgent });
      },
    });
    return dom.window;
  }
  const said = (window: { document: Document }) => window.document.getElementById('container')!.textContent ?? '';

  test('Office.js that did not load (no access to the CDN) is said, with what to do', async () => {
    expect(said(await page())).toContain('无法加载 Office.js');
  });

  test.each([
    ['Internet Explorer', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'],
    ['the old Edge', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045'],
  ])('%s is named as the reason', async (_, userAgent) => {
    expect(said(await page({ userAgent, office: true }))).toContain('旧版浏览器内核');
  });

  test('the current Edge (Edg/) and a working Office.js leave the pane to the bundle; an error before it draws is said', async () => {
    const window = await page({
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
      office: true,
    });
    expect(said(window)).toBe('');
    window.dispatchEvent(new window.ErrorEvent('error', { message: 'SyntaxError: Unexpected token' }));
    expect(said(window)).toContain('未能启动（SyntaxError: Unexpected token）');
  });
});
