// The active sheet of the in-memory Excel drawn as a grid: merged cells, fills, the selected cell, new columns.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { a1, parseA1, parseRangeA1 } from '../core/grid';
import type { FakeExcel } from './fake-excel';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', height: '100%', backgroundColor: '#fff' },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: '#f3f3f3',
    color: '#555',
    fontWeight: 'normal',
    border: '1px solid #d4d4d4',
    padding: '2px 6px',
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  rowHead: { backgroundColor: '#f3f3f3', color: '#555', border: '1px solid #d4d4d4', padding: '2px 6px', textAlign: 'right', position: 'sticky', left: 0 },
  cell: { border: '1px solid #e1e1e1', padding: '2px 6px', maxWidth: '240px', verticalAlign: 'top', whiteSpace: 'pre-wrap', wordBreak: 'break-all' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
});

/** Column letters of a 0-based index. */
const letters = (col: number) => a1(0, col).replace(/\d+$/u, '');

export function SheetView({ excel }: { excel: FakeExcel }) {
  const styles = useStyles();
  const sheet = excel.activeSheet;
  let rows = 0;
  let cols = 0;
  for (const address of sheet.cells.keys()) {
    const { row, col } = parseA1(address);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  const selected = sheet.selected ? parseRangeA1(sheet.selected) : null;
  const scroller = useRef<HTMLDivElement>(null);
  // Like Excel, bring the selected cell into view.
  useEffect(() => {
    scroller.current?.querySelector('td[aria-selected="true"]')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [sheet.selected]);
  const mergeAt = (r: number, c: number) => sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  return (
    <div className={styles.scroller} data-testid="sheet" ref={scroller}>
      <table className={styles.table} aria-label={`工作表 ${sheet.name}`}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head}>
                {letters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead}>{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const merge = mergeAt(r, c);
                if (merge && (merge.top !== r || merge.left !== c)) return null;
                const cell = sheet.cells.get(a1(r, c));
                const isSelected = selected?.top === r && selected.left === c;
                return (
                  <td
                    key={c}
                    data-cell={a1(r, c)}
                    aria-selected={isSelected || undefined}
                    rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                    colSpan={merge ? merge.right - merge.left + 1 : undefined}
                    className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                    style={{
                      backgroundColor: cell?.fill ?? undefined,
                      ...(typeof cell?.value === 'number' ? { textAlign: 'right', whiteSpace: 'nowrap' } : {}),
                    }}
                  >
                    {cell && cell.value !== null ? excel.displayText(cell.value, cell.format) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
