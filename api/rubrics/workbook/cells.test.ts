import { describe, expect, it } from 'vitest';
import { cellId, cellLines, cellNumber, cellText } from './cells';

describe('workbook cells', () => {
  it('reads numbers as Swedes write them, and names what is not a number', () => {
    expect(cellNumber(2.5)).toEqual({ kind: 'number', value: 2.5 });
    expect(cellNumber('2,5')).toEqual({ kind: 'number', value: 2.5 });
    expect(cellNumber(' 12.5 ')).toEqual({ kind: 'number', value: 12.5 });
    expect(cellNumber('1 000')).toEqual({ kind: 'number', value: 1000 });
    expect(cellNumber({ formula: '10+5', result: 15 })).toEqual({ kind: 'number', value: 15 });
    expect(cellNumber(null)).toEqual({ kind: 'empty' });
    expect(cellNumber('  ')).toEqual({ kind: 'empty' });
    expect(cellNumber('tjugo')).toEqual({ kind: 'invalid', text: 'tjugo' });
    expect(cellNumber('2,5,1')).toEqual({ kind: 'invalid', text: '2,5,1' });
  });

  it('reads text, rich text, ids and lists', () => {
    expect(cellText({ richText: [{ text: 'Test' }, { text: 'fråga ' }] })).toBe('Testfråga');
    expect(cellId(1.1)).toBe('1.1');
    expect(cellId('1,2')).toBe('1.2');
    expect(cellId(3)).toBe('3');
    expect(cellLines('Första\r\n\n  Andra ')).toEqual(['Första', 'Andra']);
  });
});
