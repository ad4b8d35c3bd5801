// Which table a finding belongs to, for reports grouped by table: the command line's text and the pane's list.
import { parseA1 } from './grid';

export interface TableSpan {
  sheet: string;
  /** 0-based last row. */
  bottom: number;
}

/**
 * For each finding, the index of its table in `tables`: the first table of its sheet ending at or below its row (the
 * info block and budget lines sit above their table), the sheet's last table for a finding below them all, and -1 on a
 * sheet without tables. A sheet's tables come in row order, so each finding costs one binary search: a 10,000-row
 * sheet has 13,000 findings over 1,667 tables.
 */
function tableIndexes(tables: TableSpan[], findings: { sheet: string; cell: string }[]): number[] {
  const bySheet = new Map<string, number[]>();
  tables.forEach((table, index) => {
    const indexes = bySheet.get(table.sheet);
    if (indexes) indexes.push(index);
    else bySheet.set(table.sheet, [index]);
  });
  return findings.map((finding) => {
    const indexes = bySheet.get(finding.sheet);
    if (!indexes) return -1;
    const { row } = parseA1(finding.cell);
    let low = 0;
    let high = indexes.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tables[indexes[middle]].bottom >= row) high = middle;
      else low = middle + 1;
    }
    return indexes[low];
  });
}

/** The findings of each table, in their order, keyed by the table's index (see tableIndexes). */
export function groupByTable<F extends { sheet: string; cell: string }>(tables: TableSpan[], findings: F[]): Map<number, F[]> {
  const groups = new Map<number, F[]>();
  tableIndexes(tables, findings).forEach((index, i) => {
    const group = groups.get(index);
    if (group) group.push(findings[i]);
    else groups.set(index, [findings[i]]);
  });
  return groups;
}
