import { a1, mergeIndex, parseA1, readingOrder } from '../../src/core/grid';

describe('cell addresses', () => {
  it.each([
    [0, 0, 'A1'],
    [6, 1, 'B7'],
    [99, 25, 'Z100'],
    [0, 26, 'AA1'],
    [1048575, 16383, 'XFD1048576'],
  ])('row %i, column %i is %s both ways', (row, col, address) => {
    expect(a1(row, col)).toBe(address);
    expect(parseA1(address)).toEqual({ row, col });
  });

  it('orders cells by row, then column, as parseA1 does', () => {
    const cells = ['B7', 'A8', 'AA7', 'Z7', 'A1', 'XFD1', 'A2', 'b3'];
    const sorted = [...cells].sort((x, y) => readingOrder(x) - readingOrder(y));
    expect(sorted).toEqual(['A1', 'XFD1', 'A2', 'b3', 'B7', 'Z7', 'AA7', 'A8']);
    for (const cell of cells) {
      const { row, col } = parseA1(cell);
      expect(readingOrder(cell)).toBe(row * 16384 + col);
    }
  });

  it('refuses what is not an address', () => {
    expect(() => readingOrder('7B')).toThrow('不是有效的单元格地址：7B');
    expect(() => readingOrder('B')).toThrow('不是有效的单元格地址');
  });
});

test('mergeIndex gives each cell of an area that area, past row 65,536 as well, and the later area where two overlap', () => {
  const group = { top: 2, left: 0, bottom: 8, right: 0 };
  const deep = { top: 99_998, left: 1, bottom: 99_999, right: 2 };
  const later = { top: 8, left: 0, bottom: 8, right: 1 };
  const index = mergeIndex([group, deep, later]);
  expect([index[2][0], index[7][0], index[99_999][2], index[8][0], index[8][1]]).toEqual([group, group, deep, later, later]);
  expect([index[1]?.[0], index[2][1], index[99_999][0], index[100_000]?.[1]]).toEqual([undefined, undefined, undefined, undefined]);
});
