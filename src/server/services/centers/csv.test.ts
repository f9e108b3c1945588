import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvObjects, formatCsvRow, parseCsv } from './csv.js';

const fieldsOf = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('reads plain fields, CRLF and LF line ends, and skips a byte-order mark and blank lines', () => {
    expect(fieldsOf('\ufeffa,b,c\r\n1,2,3\n\n4,,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'name,notes\r\n"Hope, Inc.","Say ""hi""\r\nthen wait"\r\nnext,row\r\n';
    const records = parseCsv(text);
    expect(records.map((r) => r.fields)).toEqual([
      ['name', 'notes'],
      ['Hope, Inc.', 'Say "hi"\r\nthen wait'],
      ['next', 'row'],
    ]);
    // Line numbers count the break inside the quoted field.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('keeps an empty trailing field and an empty quoted field', () => {
    expect(fieldsOf('a,,""\r\n')).toEqual([['a', '', '']]);
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('a,"open\r\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
  });

  it('maps rows to objects by lower-cased header', () => {
    expect(csvObjects(parseCsv('Name1,ZIP\nA,62701\nB'))).toEqual([
      { line: 2, row: { name1: 'A', zip: '62701' } },
      { line: 3, row: { name1: 'B', zip: '' } },
    ]);
  });

  it('reads back whatever formatCsvRow writes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map(formatCsvRow).join('');
          expect(fieldsOf(text)).toEqual(rows);
        },
      ),
    );
  });
});
