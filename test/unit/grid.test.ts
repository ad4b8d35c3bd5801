import { a1, numberToText, parseA1, readingOrder } from '../../src/core/grid';

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

test('a number reads as Excel shows it, at 15 significant digits', () => {
  expect([0.1 + 0.2, 0.7999999999999999, 0.0900000762939453, 1395000, 12.5].map(numberToText)).toEqual(['0.3', '0.8', '0.0900000762939453', '1395000', '12.5']);
});
