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

export function findTables(text: string, from: number, to: number): Cell[] {
  const out: Cell[] = [];
  let header: Array<{ label: string; column: number }> | null = null;
  let rows = 0;
  let barred = false;
  for (let pos = from; pos < to && out.length < MAX_ROWS * 4; ) {
    const eol = Math.min(to, text.indexOf('\n', pos) === -1 ? to : text.indexOf('\n', pos));
    const line = text.slice(pos, Math.min(eol, pos + 500));
    const start = pos;
    pos = eol + 1;
    if (!line.trim() || /^[\s|:=+_-]+$/.test(line)) {
      if (!line.trim()) header = null; // a rule line under the header keeps the table; a blank line ends it
      continue;
    }
    const cells = cellsOf(line, start);
    if (header && rows < MAX_ROWS) {
      rows++;
      // Bars part the cells of a Markdown or HTML-flattened table, whose columns need not line up: there a cell is
      // its header's by its place in the row.
      if (barred && line.includes('|') && cells.length === header.length) {
        cells.forEach((c, i) => out.push({ header: header![i]!.label, ...c }));
        continue;
      }
      // Each cell belongs to the column it starts under (a continuation line with fewer cells is read the same way).
      for (const c of splitAtColumns(cells, header.map((h) => h.column), line, start)) {
        const column = c.start - start;
        const under = [...header].reverse().find((h) => h.column <= column + 2) ?? header[0]!;
        out.push({ header: under.label, ...c });
      }
      continue;
    }
    if (cells.length >= 2 && cells.every((c) => LABEL.test(c.value))) {
      header = cells.map((c) => ({ label: c.value, column: c.start - start }));
      barred = line.includes('|');
      rows = 0;
    }
  }
  return out;
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
