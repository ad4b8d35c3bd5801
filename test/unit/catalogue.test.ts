// Catalogue guards (as ESLint's checkRuleFiles): every check is registered under its file name, has a test table,
// Chinese messages, a valid category, a row in the README and a page under docs/checks generated from its meta and
// its test table.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { CATEGORY_LABEL, CHECK_PAGES, interpolate } from '../../src/core/check';
import { CHECKS } from '../../src/core/checks';
import { checkDocs } from '../../scripts/check-docs';
import { README, ROOT, withChecks } from '../../scripts/update-readme';
import { casesFile, casesOf } from '../support/check-cases';

test('checks are registered in sorted order', () => {
  const ids = Object.keys(CHECKS);
  expect(ids).toEqual([...ids].sort());
});

test('every check file is registered', async () => {
  const files = (await fs.readdir(path.join(ROOT, 'src/core/checks'))).filter((f) => !['index.ts', 'helpers.ts'].includes(f));
  expect(files.map((f) => f.replace(/\.ts$/u, '')).sort()).toEqual(Object.keys(CHECKS));
});

describe.each(Object.entries(CHECKS))('%s', (key, check) => {
  test('id equals its file name and it has a test table', () => {
    expect(check.id).toBe(key);
    expect(existsSync(path.join(ROOT, 'src/core/checks', `${key}.ts`))).toBe(true);
    expect(existsSync(casesFile(key))).toBe(true);
  });

  test('has a category, a description and Chinese messages', () => {
    expect(Object.keys(CATEGORY_LABEL)).toContain(check.meta.category);
    expect(check.meta.description).toMatch(/\p{Script=Han}/u);
    const messages = Object.values(check.meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    // A message ends with a full stop, or with a slot that holds a whole sentence ({{hint}}).
    for (const message of messages) expect(message).toMatch(/\p{Script=Han}.*([。？]|\}\})$/u);
  });

  test('has a test table with an example that passes and one that is flagged, for its page', () => {
    const { valid, invalid } = casesOf(key);
    expect(valid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeGreaterThan(0);
  });

  test('says for its page why it matters, on what basis, and which DOMAIN sections it implements', () => {
    const { why, basis, domain } = check.meta.docs;
    for (const sentence of [why, basis]) expect(sentence).toMatch(/\p{Script=Han}.*。$/u);
    expect(domain.length).toBeGreaterThan(0);
    for (const section of domain) expect(section).toMatch(/^§\d+(\.\d+)?( #\d+)?$/u);
  });
});

test('the README lists every check as generated from meta (run `npm run docs` after changing one)', async () => {
  const readme = await fs.readFile(README, 'utf8');
  expect(readme).toBe(withChecks(readme));
});

describe('docs/checks, as `npm run docs` writes it from meta and test tables (run it after changing either)', () => {
  const docs = checkDocs();

  test('holds a page for every check and the index, nothing else', async () => {
    const names = [...docs.keys()].map((file) => path.posix.basename(file));
    expect((await fs.readdir(path.join(ROOT, CHECK_PAGES))).sort()).toEqual(names.sort());
  });

  test.each([...docs])('%s is up to date', async (file, text) => {
    expect(await fs.readFile(path.join(ROOT, file), 'utf8')).toBe(text);
  });
});

test('messages fill every slot, repeated or spaced, and keep a slot that has no data visible', () => {
  expect(interpolate('{{a}}与{{ b }}，{{a}}。', { a: '甲', b: '乙' })).toBe('甲与乙，甲。');
  expect(interpolate('缺少{{missing}}。', {})).toBe('缺少{{missing}}。');
  expect(interpolate('没有插槽。', { a: '甲' })).toBe('没有插槽。');
});
