// A CRM export read as it arrives, chunk by chunk, through csv-parse: quotes, quoted commas and line
// breaks, a byte-order mark, Excel's `sep=` line and `;` or tab separators. Rows are held until the
// end; a malformed file is refused with `line N: …` for each problem, so nothing is half-imported.
import { parse, type CsvError, type Parser } from 'csv-parse';
import { FulcrumError } from '../../shared/errors';
import { delimiterOf } from './crmColumns';

export interface CsvRow {
  /** The line of the file the row ends on (1 is the header). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/** A problem in words a leader can act on, with the line it is on. */
function problemOf(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const at = line ? `line ${line}: ` : '';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${at}a value opened with a quote (") is never closed. Check that quote, or save the export again from the CRM.`;
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `${at}this row has a different number of values than the header row. A value with a separator in it must be in quotes.`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return `${at}a quote (") sits inside a value that is not quoted as a whole. Put the value in quotes and double the quote inside it ("").`;
    default:
      return `${at}${error.message}`;
  }
}

export class CsvReader {
  readonly #rows: CsvRow[] = [];
  #headers: string[] | null = null;
  #parser: Parser | null = null;
  #failure: string | null = null;
  #started = false;
  #lineOffset = 0;

  /** Rows read so far (the header not counted). */
  get rows(): number {
    return this.#rows.length;
  }

  /** Reads the next piece of the file (pieces may cut a row, a quoted value or a line anywhere). */
  async write(text: string): Promise<void> {
    let piece = text;
    if (!this.#started) {
      this.#started = true;
      piece = piece.replace(/^\uFEFF/, '');
      // Excel can write "sep=;" as a first line to say what separates the values.
      const sep = /^sep=(.)\r?\n/.exec(piece);
      if (sep) {
        piece = piece.slice(sep[0].length);
        this.#lineOffset = 1;
      }
      this.#parser = this.#open(sep?.[1] ?? delimiterOf(piece));
    }
    await this.#feed(piece);
  }

  /** What was read until the end or the first problem, and that problem: enough for a preview of a cut file. */
  async soFar(): Promise<{ table: CsvTable | null; problem: string | null }> {
    await this.#finish();
    return { table: this.#headers ? { headers: this.#headers, rows: this.#rows } : null, problem: this.#failure };
  }

  /** The whole table, or every problem found as `line N: …`. */
  async end(): Promise<CsvTable> {
    await this.#finish();
    if (this.#failure) throw new FulcrumError('invalid-input', `The file could not be read, so nothing was imported. ${this.#failure}`, [{ path: ['file'], rule: this.#failure }]);
    if (!this.#headers) throw new FulcrumError('invalid-input', 'The file is empty: it has no header row and no opportunities. Nothing was imported.');
    return { headers: this.#headers, rows: this.#rows };
  }

  #finishing: Promise<void> | null = null;

  /** Ends the parser once, however often it is asked. */
  #finish(): Promise<void> {
    this.#parser ??= this.#open(',');
    const parser = this.#parser;
    this.#finishing ??= this.#failure
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          parser.once('end', resolve);
          parser.once('error', () => resolve());
          parser.end();
        });
    return this.#finishing;
  }

  #open(delimiter: string): Parser {
    const parser = parse({ delimiter, info: true, skip_empty_lines: true, relax_column_count: false, trim: false });
    parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => {
      if (!this.#headers) this.#headers = record.map((cell) => cell.trim());
      else if (record.some((cell) => cell.trim() !== '')) this.#rows.push({ line: info.lines + this.#lineOffset, cells: record });
    });
    parser.on('error', (error: CsvError) => {
      const withOffset = error as CsvError & { lines?: number };
      if (withOffset.lines !== undefined) withOffset.lines += this.#lineOffset;
      this.#failure ??= problemOf(error);
    });
    return parser;
  }

  async #feed(piece: string): Promise<void> {
    const parser = this.#parser as Parser;
    if (this.#failure) return;
    if (!parser.write(piece)) await new Promise<void>((resolve) => parser.once('drain', resolve));
    // Rows parsed from this piece are handed out on the next turn.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
