/**
 * Tables in a provider's message, aligned with blanks or drawn with `|`: a header line of short labels, then rows
 * until a blank line. Each cell keeps its column's label, so a date under "Preserved on" is a preservation date, a
 * number under "Request No." a reference and a name under "Account" an account, wherever the row puts them.
 */
export interface Cell {
  header: string;
  value: string;
  start: number;
  end: number;
  /** The row the cell stands in: its line, or for a table stacked one cell a line, the row's lines. */
  row: { start: number; end: number };
  /** Where its table's header stands: its line, or a stacked table's header lines. */
  headerSpan: { start: number; end: number };
}

/**
 * Each `|` with the blanks around it as a colon and blanks, the text's length kept (offsets still hold): a row's bar
 * between its label cell and its value cell reads as the label's colon. By hand: a regex of blanks, bar and blanks
 * rescans every run of blanks from each of its positions (a 150,000-blank paste took 30 s).
 */
export function barsAsColons(text: string): string {
  if (!text.includes('|')) return text;
  const out = text.split('');
  let matchedTo = 0;
  for (let bar = text.indexOf('|'); bar !== -1; bar = text.indexOf('|', bar + 1)) {
    let start = bar;
    while (start > matchedTo && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = bar + 1;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    out[start] = ':';
    for (let k = start + 1; k < end; k++) out[k] = ' ';
    matchedTo = end;
  }
  return out.join('');
}

/** Cells are parted by a `|` or by two or more blanks (a tab counts as two). */
const PARTS = /[ \t]*\|[ \t]*|[ \t]{2,}|\t/g;
/** A header cell: a short label of words, no digits ("Request No.", "Preserved on", "Yahoo ID"), maybe a question ("Found?"). */
const LABEL = /^[\p{L}][\p{L} .'()/#-]{0,30}\??$/u;
const MAX_ROWS = 200;

function cellsOf(line: string, at: number): Array<{ value: string; start: number; end: number }> {
  const cells: Array<{ value: string; start: number; end: number }> = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value) cells.push({ value, start: at + from + lead, end: at + from + lead + value.length });
  };
  for (const m of line.matchAll(PARTS)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, line.length);
  return cells;
}

/**
 * A cell that runs into the next column with a single blank ("RBLX-PV-30418 https://…" under "Ref" and "Account") is
 * two cells: it is cut where a header column starts after a blank.
 */
function splitAtColumns(cells: ReturnType<typeof cellsOf>, columns: number[], line: string, at: number): ReturnType<typeof cellsOf> {
  const out: ReturnType<typeof cellsOf> = [];
  for (const c of cells) {
    let from = c.start - at;
    for (const column of columns) {
      if (column <= from || column >= c.end - at || !/[ \t]/.test(line[column - 1] ?? '') || !/\S/.test(line[column] ?? '')) continue;
      const value = line.slice(from, column).trimEnd();
      if (value) out.push({ value, start: at + from, end: at + from + value.length });
      from = column;
    }
    out.push({ value: line.slice(from, c.end - at), start: at + from, end: c.end });
  }
  return out;
}

/**
 * A line of two cells parted by a tab over another such line whose first cell is a label too ("Request type⇥Preservation
 * - Extension⏎Accounts⇥marigold…"): a notice's fields, each a key and its value, no table's header over its rows.
 */
function keyValueRows(line: string, cells: Array<{ value: string }>, next: string): boolean {
  if (cells.length !== 2 || !tabbedRow(line) || !tabbedRow(next)) return false;
  const below = cellsOf(next, 0);
  return below.length === 2 && LABEL.test(below[0]!.value);
}

/** A line whose cells are parted by tabs alone: a tab between every two cells, no bar and no run of blanks between them. */
function tabbedRow(line: string): boolean {
  return line.includes('\t') && !line.includes('|') && !/\S {2,}\S/.test(line);
}

export function findTables(text: string, from: number, to: number): Cell[] {
  const out: Cell[] = [];
  let header: Array<{ label: string; column: number }> | null = null;
  let headerSpan = { start: 0, end: 0 };
  let rows = 0;
  let barred = false;
  let tabbed = false;
  // The line above in the same block, where it was a key and its value ("Request type   Preservation – Extension").
  let aboveWasField = false;
  for (let pos = from; pos < to && out.length < MAX_ROWS * 4; ) {
    const eol = Math.min(to, text.indexOf('\n', pos) === -1 ? to : text.indexOf('\n', pos));
    const line = text.slice(pos, Math.min(eol, pos + 500));
    const start = pos;
    pos = eol + 1;
    if (!line.trim() || /^[\s|:=+_-]+$/.test(line)) {
      if (!line.trim()) {
        header = null; // a rule line under the header keeps the table; a blank line ends it
        aboveWasField = false;
      }
      continue;
    }
    const cells = cellsOf(line, start);
    const field = aboveWasField;
    aboveWasField = cells.length === 2 && LABEL.test(cells[0]!.value) && !line.includes('|');
    if (header && rows < MAX_ROWS) {
      rows++;
      // Bars part the cells of a Markdown or HTML-flattened table, whose columns need not line up: there a cell is
      // its header's by its place in the row.
      const row = { start, end: eol };
      if (barred && line.includes('|') && cells.length === header.length) {
        cells.forEach((c, i) => out.push({ header: header![i]!.label, ...c, row, headerSpan }));
        continue;
      }
      // So do tabs, where an HTML mail's table was pasted as text: a tab is one character whatever the cell's width, so
      // a long first cell ("nightferry.loom@outlook.com⇥Outlook.com⇥LNS-…") pushes the row's cells past its header's
      // columns. A row parted by tabs alone, with as many cells as its header parted so, is read by place too, where
      // the header has three cells or more: two cells a line parted by a tab are a key and its value more often than a
      // table ("Request type⇥Preservation⏎User ID⇥8830…").
      if (tabbed && tabbedRow(line) && cells.length === header.length && header.length >= 3) {
        cells.forEach((c, i) => out.push({ header: header![i]!.label, ...c, row, headerSpan }));
        continue;
      }
      // Each cell belongs to the column it starts under (a continuation line with fewer cells is read the same way).
      for (const c of splitAtColumns(cells, header.map((h) => h.column), line, start)) {
        const column = c.start - start;
        const under = [...header].reverse().find((h) => h.column <= column + 2) ?? header[0]!;
        out.push({ header: under.label, ...c, row, headerSpan });
      }
      continue;
    }
    // Two cells under a line of a key and its value are a field of the same list ("Provider   Reddit, Inc.⏎Status
    // Completed⏎Original preservation completed   2026-08-12"), no table's header.
    if (cells.length >= 2 && cells.every((c) => LABEL.test(c.value)) && !(field && cells.length === 2) && !keyValueRows(line, cells, text.slice(pos, Math.min(to, pos + 500)).split('\n')[0]!)) {
      header = cells.map((c) => ({ label: c.value, column: c.start - start }));
      headerSpan = { start, end: eol };
      barred = line.includes('|');
      tabbed = tabbedRow(line);
      rows = 0;
    }
  }
  return out.concat(stackedTables(text, from, to));
}

/**
 * A table pasted from an HTML mail one cell a line: its header cells stacked ("Google Ref. No.⏎Account⏎Status"), then
 * its rows' cells in the same order ("61122409⏎kestrel@…⏎Fulfilled⏎61122410⏎…"), up to a blank line. Read where the
 * block's lines part evenly into the header's width and each row holds a value no label could be (a digit, an `@`, a
 * web address):
 * the width is the longest run of label lines at the top for which that holds, so a row's leading word cell
 * ("Fulfilled", a plain name) is no header. Two columns need two rows at least, so a label over its value
 * ("Reference⏎8812004413") or a name over a phone in a signature is no table.
 */
const VALUE_ONLY = /[\d@]|\w\.[a-z]{2,}\/\S/i;
/** A username written as one word joined by an underscore or a dot ("TomexAGD_Radom", "mrozny.zenek"): a value, no label. */
const JOINED_NAME = /^(?=\S*[\p{L}\d][._][\p{L}\d])[\p{L}\d._-]{3,40}$/u;
/** A row's cell that only a value fills. */
const valueCell = (value: string): boolean => VALUE_ONLY.test(value) || JOINED_NAME.test(value);
/** An empty cell's mark. */
const EMPTY_CELL = /^[ \t]*[—–-][ \t]*$/;
/**
 * A heading that names what a table under it lists ("Preserved accounts", "Gesicherte Konten", "Comptes conservés",
 * "Sikrede brukerkontoer", "Megőrzött fiókok").
 */
const TABLE_HEADING =
  /(?<![\p{L}])(?:accounts?|identifiers?|targets?|users?|profiles?|subscribers?|comptes?|identifiants?|kont(?:o|en|a|on|y)|cuentas?|contas?|utenti|account|gebruikers|rekeningen|användare|brukere|brugere|fiókok|hesaplar[ıi]?|kullanıcılar|účty|uživatelé|conturi|utilizatori|käyttäjät|käyttäjätilit|tilit)(?![\p{L}])|(?:bruker|bruger|användar|nutzer|benutzer)kont(?:o|oer|oen|on|en|i|er)(?![\p{L}])/iu;
/** A column of accounts ("Username", "Handle", "Target account", "E-mail"): a ragged row's surplus lines stand under it. */
export const ACCOUNT_HEADER = /(?<![\p{L}])(?:user(?:[ \t]?name)?|account|handle|target|profile|gamertag|e-?mail|phone)s?(?![\p{L}])/iu;
/** A value's shape: digits as 9, letters as A ("LNS-2027-0031844" is "AAA-9999-9999999"). */
function shapeOf(value: string): string {
  return value.trim().replace(/\d/g, '9').replace(/\p{L}/gu, 'A');
}
function stackedTables(text: string, from: number, to: number): Cell[] {
  return stacked(text, from, to).cells;
}

/**
 * The header lines of every table read (a header with a row under it): each cell of one is a column's label, never a
 * value nor a label of its neighbour ("Username⇥Case number": "Case" is no username).
 */
export function tableHeaders(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  for (const c of findTables(text, from, to)) spans.set(c.headerSpan.start, c.headerSpan);
  return [...spans.values()];
}

/**
 * The header lines of the tables stacked one cell a line: each is a column's label, never a label of the line under it
 * ("Username⏎Status": "Status" is no username) nor a value.
 */
export function stackedHeaders(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  return stacked(text, from, to).headers;
}

function stacked(text: string, from: number, to: number): { cells: Cell[]; headers: Array<{ start: number; end: number }> } {
  const out: Cell[] = [];
  const headers: Array<{ start: number; end: number }> = [];
  let block: Array<{ value: string; start: number; end: number }> = [];
  /** The block's cells stand a blank line apart, from its first two on; not every two where `mixed`. */
  let spaced = false;
  let mixed = false;
  let afterBlank = false;
  /** The table stacked from the block's first line to its last, if its lines make one. */
  const tableAt = (lines: typeof block, least: number): boolean => {
    let top = 0;
    while (top < lines.length && LABEL.test(lines[top]!.value)) top++;
    if (top >= 3 && top <= 8 && raggedAt(lines, top)) return true;
    for (let width = Math.min(top, 8); width >= 2; width--) {
      const values = lines.slice(width);
      const rows = values.length / width;
      if (!Number.isInteger(rows) || rows < Math.max(least, width === 2 ? 2 : 1) || rows > MAX_ROWS) continue;
      const rowsOf = Array.from({ length: rows }, (_, r) => values.slice(r * width, (r + 1) * width));
      // A row may stand for an item not found, its empty cells a dash ("TECNO_OUTLET_ARG⏎—⏎No se encontró …⏎—").
      if (!rowsOf.every((row) => row.some((c) => valueCell(c.value) || EMPTY_CELL.test(c.value)))) continue;
      for (const row of rowsOf) {
        const span = { start: row[0]!.start, end: row[row.length - 1]!.end };
        row.forEach((c, i) => out.push({ header: lines[i]!.value, ...c, row: span, headerSpan: { start: lines[0]!.start, end: lines[width - 1]!.end } }));
      }
      for (const h of lines.slice(0, width)) headers.push({ start: h.start, end: h.end });
      return true;
    }
    return false;
  };
  /**
   * Rows of unequal length, where one row's account cell ran over two lines ("Gamertag: …⏎XUID: …"): each row opens with
   * a value of the first row's shape ("LNS-2027-0031844"), its first cells under the first headers, its last under the
   * last, and its surplus lines under the one column that names an account.
   */
  const raggedAt = (lines: typeof block, width: number): boolean => {
    const heads = lines.slice(0, width);
    const account = heads.findIndex((h) => ACCOUNT_HEADER.test(h.value));
    if (account <= 0 || account === width - 1 || heads.filter((h) => ACCOUNT_HEADER.test(h.value)).length !== 1) return false;
    const values = lines.slice(width);
    const shape = shapeOf(values[0]?.value ?? '');
    if (!/9{3}/.test(shape)) return false;
    const starts = values.flatMap((v, i) => (shapeOf(v.value) === shape ? [i] : []));
    if (starts.length < 2 || starts[0] !== 0) return false;
    const rowsOf = starts.map((at, r) => values.slice(at, starts[r + 1] ?? values.length));
    if (rowsOf.length > MAX_ROWS || !rowsOf.every((row) => row.length >= width && row.length <= width + 2) || rowsOf.every((row) => row.length === width)) return false;
    const headerSpan = { start: heads[0]!.start, end: heads[width - 1]!.end };
    for (const row of rowsOf) {
      const span = { start: row[0]!.start, end: row[row.length - 1]!.end };
      const tail = width - 1 - account;
      row.forEach((c, i) => {
        const column = i < account ? i : i >= row.length - tail ? width - (row.length - i) : account;
        out.push({ header: heads[column]!.value, ...c, row: span, headerSpan });
      });
    }
    for (const h of heads) headers.push({ start: h.start, end: h.end });
    return true;
  };
  /** A header of label lines alone, a blank line under it: the rows may follow as blocks of their own. */
  let header: typeof block | null = null;
  const rowsUnder = (lines: typeof block): boolean => {
    const width = header?.length ?? 0;
    if (!header || lines.length % width !== 0 || lines.length / width > MAX_ROWS) return false;
    const rowsOf = Array.from({ length: lines.length / width }, (_, r) => lines.slice(r * width, (r + 1) * width));
    if (!rowsOf.every((row) => row.some((c) => valueCell(c.value)))) return false;
    const headerSpan = { start: header[0]!.start, end: header[width - 1]!.end };
    if (!headers.some((h) => h.start === headerSpan.start)) for (const h of header) headers.push({ start: h.start, end: h.end });
    for (const row of rowsOf) {
      const span = { start: row[0]!.start, end: row[row.length - 1]!.end };
      row.forEach((c, i) => out.push({ header: header![i]!.value, ...c, row: span, headerSpan }));
    }
    return true;
  };
  const flush = () => {
    const lines = block;
    block = [];
    if (!lines.length) return;
    // A block of mixed spacing is read as a whole table by none of its rows: a heading above fields a blank line apart
    // ("Preservation completed⏎⏎Request ID⏎TT-…") would head a table of them.
    if (!mixed && tableAt(lines, 1)) {
      header = null;
      return;
    }
    // An HTML table copied with its header cells stacked, then each row's cells stacked, a blank line after the header
    // and after each row ("Case Number⏎Account⏎Date Preserved⏎⏎0193847726⏎@ridge_lantern⏎11/27/2026⏎⏎…"): three
    // columns at least, so a sign-off over a contact line is no header.
    if (!spaced && rowsUnder(lines)) return;
    if (!spaced && lines.length >= 3 && lines.length <= 8 && lines.every((l) => LABEL.test(l.value))) {
      header = lines;
      return;
    }
    header = null;
    // A notice pasted one cell a line may set its fields first, each label over its value ("Request ID⏎KDX-…⏎Status⏎
    // Preserved"), then a heading ("Preserved accounts") and its table, with no blank line between: the table is the
    // block's tail under the heading, where it has two rows or more. The heading names what the table lists (accounts,
    // identifiers, users): a field's label over a value that reads as a label ("Status⏎Completed", "Status⏎Preserved")
    // would head a table of the fields under it.
    for (let at = 0; at + 1 < lines.length && LABEL.test(lines[at]!.value); at += 2) {
      if (TABLE_HEADING.test(lines[at]!.value) && LABEL.test(lines[at + 1]!.value) && tableAt(lines.slice(at + 1), 2)) return;
    }
    if (spaced) underHeading(lines);
  };
  // Cells a blank line apart (an HTML notice whose every cell is a paragraph): the fields above the heading need not
  // pair up, a heading of its own ("REQUEST SUMMARY") among them; the table runs under its heading, up to the next
  // heading or label lines after it ("MESSAGE FROM DISCORD").
  const underHeading = (lines: typeof block): boolean => {
    for (let at = 0; at + 1 < lines.length; at++) {
      if (!TABLE_HEADING.test(lines[at]!.value) || !LABEL.test(lines[at]!.value) || !LABEL.test(lines[at + 1]!.value)) continue;
      for (let end = lines.length; end > at + 4 && end >= lines.length - 3; end--) if (tableAt(lines.slice(at + 1, end), 2)) return true;
    }
    return false;
  };
  for (let pos = from; pos < to; ) {
    const eol = Math.min(to, text.indexOf('\n', pos) === -1 ? to : text.indexOf('\n', pos));
    const line = text.slice(pos, Math.min(eol, pos + 200));
    const start = pos;
    pos = eol + 1;
    const cells = line.trim() ? cellsOf(line, start) : [];
    // One cell a line, a short one: anything else (a blank line, a sentence, a row of cells) ends the block.
    // A sentence's stop ends it too, not an abbreviation's in a label ("Google Ref. No.").
    const cell = cells.length === 1 ? cells[0]! : null;
    if (cell && cell.value.length <= 80 && (LABEL.test(cell.value) || !/[.!?:,;]$/.test(cell.value))) {
      // Two cells with no blank between, in a block whose cells stood a blank line apart: its spacing is mixed.
      if (spaced && !afterBlank) mixed = true;
      block.push(cell);
      afterBlank = false;
    } else if (!line.trim() && block.length && oneCellAt(text, pos, to) && (spaced || block.length === 1)) {
      spaced = true;
      afterBlank = true;
    } else {
      flush();
      if (line.trim()) header = null;
      block = [];
      spaced = false;
      mixed = false;
      afterBlank = false;
    }
  }
  flush();
  return { cells: out, headers };
}

/** Whether the line at `pos` holds one short cell (the next cell of a table whose cells stand a blank line apart). */
function oneCellAt(text: string, pos: number, to: number): boolean {
  const eol = text.indexOf('\n', pos);
  const line = text.slice(pos, Math.min(eol === -1 ? to : eol, to, pos + 200));
  if (!line.trim()) return false;
  const cells = cellsOf(line, pos);
  return cells.length === 1 && cells[0]!.value.length <= 80 && (LABEL.test(cells[0]!.value) || !/[.!?:,;]$/.test(cells[0]!.value));
}

/**
 * A page copied from a browser lays its fields out as a grid, the label, a gap of spaces, then the value alone to the
 * line's end ("Roblox case number      RBX-LE-0091-7734", "Kodex request ID        kx_4QZ81TP"): the gap parts label
 * from value like a colon. Its first blank becomes one, so every offset stays the text's. A label is a few words (no
 * colon, no digit-led word); a value is one token; a line of prose or a table row of several cells is no such line.
 */
const GAP_LABELLED = /^([ \t]*\p{L}[\p{L} .'()#/-]{0,38}?[\p{L}.)#])[ \t](?=[ \t]{1,40}[^\s:|]\S{0,60}[ \t]*$)/gmu;
export function gapsAsColons(text: string): string {
  return text.replace(GAP_LABELLED, '$1:');
}
