// Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage
// return before one) as a formula, so an exported deck opened in Excel or
// LibreOffice could run whatever a guide's text says (OWASP "CSV injection").
// Such cells are written with a leading apostrophe, which spreadsheets show as
// text, and the importer takes it off again so a deck comes back unchanged.

// Apostrophes already in front count too, so "'=x" survives the round trip as well.
const guarded = /^'*[=+\-@\t\r]/;
const unguard = /^'+[=+\-@\t\r]/;

export const guardCsvCell = (cell: string): string => (guarded.test(cell) ? `'${cell}` : cell);

export const unguardCsvCell = (cell: string): string => (unguard.test(cell) ? cell.slice(1) : cell);
