/** @jest-environment jsdom */
// Over a thousand suggestions on a big sheet: the 修正 tab shows the first 50 cards and adds 50 per click.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { checkSheet } from '../../src/core/engine';
import { FixView, SUGGESTIONS_PER_PAGE } from '../../src/taskpane/components/FixView';
import { grid, TARGET_HEADER } from '../support/grid';

test('the first 50 suggestions are cards; each click adds 50 more until all are there', () => {
  // 培训人数 "100" and 培训场次 "20" lack an operator and a unit: 60 tables give 180 suggestions.
  const rows = Array.from({ length: 60 }, (_, i) => [
    [`目标${i + 1}`, ...TARGET_HEADER],
    [null, '产出指标', '数量指标', '培训人数', '100'],
    [null, null, '数量指标', '培训场次', '20'],
  ]).flat();
  const report = checkSheet(grid(rows));
  const suggestions = report.findings.filter((f) => f.fix && !f.fix.safe);
  expect(suggestions.length).toBeGreaterThan(2 * SUGGESTIONS_PER_PAGE);
  const onApply = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <FixView
        report={report}
        busy={false}
        undoLabel={null}
        undoSteps={{ count: 0, kept: 0 }}
        preview={null}
        onPreviewSafe={() => undefined}
        onApplySafe={() => undefined}
        onCancelPreview={() => undefined}
        onApply={onApply}
        onUndo={() => undefined}
        onSelect={() => undefined}
      />
    </FluentProvider>,
  );
  const cards = () => screen.getAllByLabelText(/的修改建议$/u);
  expect(screen.getByText(`需要确认的建议（${suggestions.length}）`)).toBeTruthy();
  expect(cards()).toHaveLength(SUGGESTIONS_PER_PAGE);
  fireEvent.click(screen.getByRole('button', { name: `再显示 50 条建议（其余 ${suggestions.length - 50} 条）` }));
  expect(cards()).toHaveLength(100);
  const rest = suggestions.length - 100;
  fireEvent.click(screen.getByRole('button', { name: `再显示 ${Math.min(50, rest)} 条建议（其余 ${rest} 条）` }));
  expect(cards()).toHaveLength(Math.min(150, suggestions.length));
  // The last card applies the last suggestion, in the order the list gives them.
  fireEvent.click(cards().at(-1)!.querySelector('button:last-of-type')!);
  expect(onApply).toHaveBeenCalledWith(suggestions[Math.min(150, suggestions.length) - 1]);
});
