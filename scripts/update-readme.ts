// `npm run docs`: rewrites the check list in README.md and the pages under docs/checks from the checks' meta and
// test tables, and removes the page of a check that no longer exists.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CHECK_PAGES } from '../src/core/check';
import { checkDocs, checksMarkdown } from './check-docs';

export const ROOT = path.join(__dirname, '..');
export const README = path.join(ROOT, 'README.md');
export const START = '<!-- checks:start -->';
export const END = '<!-- checks:end -->';

export function withChecks(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md 缺少 ${START} … ${END} 标记`);
  return `${readme.slice(0, start + START.length)}\n${checksMarkdown()}\n${readme.slice(end)}`;
}

async function main(): Promise<void> {
  await fs.writeFile(README, withChecks(await fs.readFile(README, 'utf8')));
  const docs = checkDocs();
  const folder = path.join(ROOT, CHECK_PAGES);
  await fs.mkdir(folder, { recursive: true });
  for (const name of await fs.readdir(folder)) {
    if (!docs.has(`${CHECK_PAGES}/${name}`)) await fs.rm(path.join(folder, name));
  }
  for (const [file, text] of docs) await fs.writeFile(path.join(ROOT, file), text);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 1;
  });
}
