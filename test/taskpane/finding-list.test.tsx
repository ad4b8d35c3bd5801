/** @jest-environment jsdom */
// A sheet of 120 tables: the list shows the first 50 and adds 50 per click, so a big sheet does not lay out 1,667 items.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { checkSheet } from '../../src/core/engine';
import { CHECKS } from '../../src/core/checks';
import { SEVERITY_LABEL } from '../../src/core/check';
import { FindingList, TABLES_PER_PAGE } from '../../src/taskpane/components/FindingList';
import { grid, TARGET_HEADER } from '../support/grid';

test('the first 50 tables are listed; each click adds 50 more until every table is there', () => {
  // Seed 004's form: 目标N left of each group's header; 100 without an operator is a finding in every group.
  const rows = Array.from({ length: 120 }, (_, i) => [
    [`目标${i + 1}`, ...TARGET_HEADER],
    [null, '产出指标', '数量指标', '培训人数', '100'],
    [null, null, '质量指标', '合格率', '≥90%'],
  ]).flat();
  const { tables, findings } = checkSheet(grid(rows));
  expect(tables).toHaveLength(120);
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingList findings={findings} tables={tables} onSelect={() => undefined} />
    </FluentProvider>,
  );
  const headers = () => screen.getAllByRole('button').filter((b) => /^目标\d+（\d+）$/u.test(b.textContent ?? ''));
  expect(headers()).toHaveLength(TABLES_PER_PAGE);
  expect(headers()[0].textContent).toMatch(/^目标1（/u);
  const perTable = findings.length / 120;
  fireEvent.click(screen.getByRole('button', { name: `再显示 50 张表（其余 70 张表共 ${70 * perTable} 个问题）` }));
  expect(headers()).toHaveLength(100);
  fireEvent.click(screen.getByRole('button', { name: `再显示 20 张表（其余 20 张表共 ${20 * perTable} 个问题）` }));
  expect(headers()).toHaveLength(120);
  expect(screen.queryByRole('button', { name: /^再显示/u })).toBeNull();
});

test("each finding is headed by its own message; the rule's general description is only the tooltip", () => {
  const { tables, findings } = checkSheet(grid([TARGET_HEADER, ['产出指标', '数量指标', '培训人数', '100']]));
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingList findings={findings} tables={tables} onSelect={() => undefined} />
    </FluentProvider>,
  );
  const finding = findings.find((f) => f.cell === 'D2' && f.check === 'missing-operator')!;
  const severity = SEVERITY_LABEL[finding.severity];
  const button = screen.getByRole('button', { name: `${severity} ${finding.message}` });
  expect(button.textContent).toBe(`${severity}D2${finding.message.replace(/^D2：/u, '')}`);
  expect(button.getAttribute('title')).toBe(CHECKS['missing-operator'].meta.description);
});

test('为什么？ unfolds why the rule matters and what it rests on, from the check itself (works offline)', () => {
  const { tables, findings } = checkSheet(grid([TARGET_HEADER, ['产出指标', '数量指标', '培训人数', '100']]));
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingList findings={findings.filter((f) => f.check === 'missing-operator')} tables={tables} onSelect={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.queryByRole('note')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '为什么？' }));
  const note = screen.getByRole('note', { name: 'D2 为什么' });
  const { docs } = CHECKS['missing-operator'].meta;
  expect(note.textContent).toBe(`${docs.why}依据：${docs.basis}`);
});
