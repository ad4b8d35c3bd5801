// The built pane and web page parse as ES2020: the syntax of Safari 14's WebKit (Excel for Mac on macOS 10.15), of
// older WebViews and of the older Chromium kernels of 信创 browsers. A Fluent dependency ships class static blocks
// (ES2022); without the build's down-levelling step these bundles fail to parse there and the pane stays blank.
// `npm test` builds before jest runs.
import { parse } from 'acorn';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');

test.each(['addin', 'web'])('every script in dist/%s parses as ES2020', async (folder) => {
  const scripts = (await fs.readdir(path.join(DIST, folder))).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const source = await fs.readFile(path.join(DIST, folder, name), 'utf8');
    expect(() => parse(source, { ecmaVersion: 2020 })).not.toThrow();
  }
});
