/**
 * A small RFC 4180 CSV reader and writer (no CSV package is installed, and the directory export needs
 * only the standard): fields separated by commas, records by CRLF or LF, double-quoted fields may hold
 * commas, line breaks and doubled quotes. A leading byte-order mark is skipped.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (what an operator looks for in an editor). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record (common at the end of exports).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      // Quoted field: read to the closing quote; "" is one quote.
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(`line ${start}: a quoted field is never closed`);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(`line ${line}: text after a closing quote`);
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Header row -> lower-cased keys; each later record -> an object (missing trailing fields are ''). */
export function csvObjects(records: CsvRecord[]): { line: number; row: Record<string, string> }[] {
  const [header, ...rest] = records;
  if (!header) return [];
  const keys = header.fields.map((h) => h.trim().toLowerCase());
  return rest.map(({ line, fields }) => {
    const row: Record<string, string> = {};
    keys.forEach((k, j) => {
      row[k] = fields[j] ?? '';
    });
    return { line, row };
  });
}

const quoteIfNeeded = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function formatCsvRow(values: readonly string[]): string {
  return `${values.map(quoteIfNeeded).join(',')}\r\n`;
}
