// The checks' documentation, as ESLint documents its rules: a page per check (docs/checks/<id>.md), an index by
// category, and the README's list. Pages are written from the check's meta and from its test table, whose cases
// are run here as the tests run them, so an example on a page is exactly what the check does.
import { CATEGORY_LABEL, CHECK_PAGES, checkPage, SEVERITY_LABEL, type Category, type Check, type Finding } from '../src/core/check';
import { CHECKS } from '../src/core/checks';
import { columnLetters, GridView, rangeA1 } from '../src/core/grid';
import { casesOf, findingsOf, validCase, type ValidCase } from '../test/support/check-cases';

const FIX_LABEL = { safe: '可自动修正', review: '建议（需确认）' } as const;

/** What each fix kind means for the user, said once at the end of a page. */
const FIX_TEXT = {
  safe: '本检查的修正不改变含义，`jixiao fix` 会直接应用。例子中标为“建议，需确认”的个别修正除外：它们要逐条确认，或在命令行加 `--all` 才应用。',
  review: '本检查的修正可能改变含义，是需要确认的建议：`jixiao fix` 默认不应用，请逐条核对后在任务窗格中应用，或在命令行加 `--all` 一并应用。',
  none: '本检查不提供自动修正，请按提示手工修改。',
} as const;

const GENERATED = '<!-- 由 `npm run docs` 根据检查的 meta 与测试用例生成，请勿手工修改。 -->';

/** Text as literal Markdown: table pipes, emphasis stars and brackets from a sheet never format the page. */
function literal(text: string): string {
  return text.replace(/[\\`*_|<>[\]~]/gu, '\\$&').replace(/\r?\n/gu, '<br>');
}

/** A cell's text in quotes, as messages quote it; a blank cell said in words. */
function quoted(text: string): string {
  return text ? `“${literal(text)}”` : '（空白）';
}

function fixLabel(check: Check): string {
  return check.meta.fix ? FIX_LABEL[check.meta.fix] : '—';
}

/** A case's grid as the user sees it, with column letters and row numbers, then its merged areas and settings. */
function gridMarkdown({ grid, settings }: ValidCase): string[] {
  const view = new GridView(grid);
  const columns = Array.from({ length: view.colCount }, (_, c) => c);
  const lines = [
    `|   | ${columns.map(columnLetters).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
    ...grid.values.map((_, r) => `| ${r + 1} | ${columns.map((c) => literal(view.text(r, c))).join(' | ')} |`),
  ];
  const notes = [];
  if (grid.merges.length > 0) notes.push(`合并单元格：${grid.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).join('、')}`);
  if (grid.mergesUnknown) notes.push('读取时无法得知合并单元格');
  if (settings)
    notes.push(
      `设置：${Object.entries(settings)
        .map(([key, value]) => `\`${key}: ${value}\``)
        .join('、')}`,
    );
  return notes.length > 0 ? [...lines, '', `${notes.join('；')}。`] : lines;
}

/** A finding as the CLI reports it, with the edits its fix would make. */
function findingMarkdown(finding: Finding): string[] {
  const lines = [`- [${SEVERITY_LABEL[finding.severity]}] ${literal(finding.message)}`];
  const { fix } = finding;
  if (fix) {
    const edits = [fix, ...(fix.also ?? [])].map((edit) => `${edit.cell}：${quoted(edit.from)} → ${quoted(edit.to)}`);
    const unmerge = fix.unmerge ? `拆分合并单元格 ${fix.unmerge}，` : '';
    const format = fix.numberFormat ? `（数字格式改为 ${literal(fix.numberFormat)}，数值不变）` : '';
    lines.push(`  - 修正（${fix.safe ? '可自动修正' : '建议，需确认'}）：${unmerge}${edits.join('；')}${format}`);
  }
  return lines;
}

/** Numbered examples: each case's grid, then what the check says about it. */
function examples(cases: ValidCase[], below: (c: ValidCase) => string[]): string[] {
  return cases.flatMap((c, i) => [`### 例 ${i + 1}`, '', ...gridMarkdown(c), '', ...below(c)]);
}

/** One check's page. */
function checkPageMarkdown(check: Check): string {
  const { meta } = check;
  const cases = casesOf(check.id);
  return [
    GENERATED,
    '',
    `# ${check.id}`,
    '',
    '| 类别 | 默认级别 | 修正 |',
    '|---|---|---|',
    `| ${CATEGORY_LABEL[meta.category]} | ${SEVERITY_LABEL[meta.severity]} | ${fixLabel(check)} |`,
    '',
    '## 它检查什么',
    '',
    `${literal(meta.description)}。它给出的提示如下（{{…}} 处换成表中的内容）：`,
    '',
    ...Object.values<string>(meta.messages).map((message) => `- ${literal(message)}`),
    '',
    '## 为什么',
    '',
    literal(meta.docs.why),
    '',
    '## 依据',
    '',
    literal(meta.docs.basis),
    '',
    `对应本项目领域规则（DOMAIN）${meta.docs.domain.join('、')}。`,
    '',
    '## 通过的例子',
    '',
    '下面的表格，本检查不标记任何单元格。',
    '',
    ...examples(cases.valid.map(validCase), () => []),
    '## 会被标记的例子',
    '',
    ...examples(cases.invalid, (c) => [...findingsOf(check, c.grid, c.settings).flatMap(findingMarkdown), '']),
    '## 修正',
    '',
    FIX_TEXT[meta.fix ?? 'none'],
    '',
  ].join('\n');
}

/** The index of pages, a section per category in CATEGORY_LABEL's order, a line per check. */
function checkIndexMarkdown(): string {
  const checks = Object.values(CHECKS);
  const sections = (Object.keys(CATEGORY_LABEL) as Category[]).flatMap((category) => [
    `## ${CATEGORY_LABEL[category]}`,
    '',
    ...checks
      .filter((check) => check.meta.category === category)
      .map(
        ({ id, meta }) => `- [${id}](${id}.md)：${literal(meta.description)} — ${SEVERITY_LABEL[meta.severity]}${meta.fix ? `，${FIX_LABEL[meta.fix]}` : ''}`,
      ),
    '',
  ]);
  return [
    GENERATED,
    '',
    '# 检查清单',
    '',
    `共 ${checks.length} 项检查。每项一页：它检查什么、为什么、依据，测试中通过和被标记的例子，以及它给出的修正。`,
    '',
    ...sections,
  ].join('\n');
}

/** The README's list of checks, each linking to its page. */
export function checksMarkdown(): string {
  const rows = Object.values(CHECKS).map(
    (check) =>
      `| [\`${check.id}\`](${checkPage(check.id)}) | ${CATEGORY_LABEL[check.meta.category]} | ${SEVERITY_LABEL[check.meta.severity]} | ${fixLabel(check)} | ${literal(check.meta.description)} |`,
  );
  return ['| 检查 | 类别 | 默认级别 | 修正 | 说明 |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Every file under docs/checks, by path from the repository root. */
export function checkDocs(): Map<string, string> {
  const files = new Map(Object.values(CHECKS).map((check) => [checkPage(check.id), checkPageMarkdown(check)]));
  files.set(`${CHECK_PAGES}/README.md`, checkIndexMarkdown());
  return files;
}
