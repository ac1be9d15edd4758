/*
 * CSV for spreadsheets: RFC 4180 quoting, a BOM so Excel reads UTF-8, and cells that start like a
 * formula are neutralised (CSV injection).
 */

function cell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Norwegian Excel expects `;` (the comma is the decimal sign there). */
export function toCsv(header: string[], rows: string[][], separator: ',' | ';' = ','): string {
  const lines = [header, ...rows].map((r) => r.map(cell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Saves text or bytes as a file with the given (already safe) name. */
export function saveFile(data: Blob, fileName: string) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without path separators, control characters or reserved characters. */
export function safeFileName(name: string | undefined, fallback = 'download'): string {
  const cleaned = (name ?? '')
    .replace(/[\p{Cc}\\/:*?"<>|]/gu, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}
