// CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
// CRLF line ends (RFC 4180), and cells that would start a formula made inert.

/**
 * One cell: quoted when it holds a quote, comma or line break; a leading = + - @ or tab (a formula
 * to Excel, and free text here comes from users) gets an apostrophe in front.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows (the first one the header) as CSV text. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Hands `csv` to the browser as a download named `fileName`. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL need not outlive this task.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
