import { a1, parseA1, readingOrder } from '../../src/core/grid';

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
