/** CSV for spreadsheets, shared by the trainee's attempts export and the team view. */

export type Cell = string | number | boolean | null | undefined;

/** A text cell, kept from being read as a formula and quoted when it must be (RFC 4180). */
export function textCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number we format ourselves: never a formula, so a negative score stays a number. */
export function numberCell(value: number | undefined): string {
	return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

function cell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return numberCell(value);
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return textCell(value);
}

/**
 * Rows (the first one the header) as CSV: a UTF-8 byte order mark so Excel reads Chinese, CRLF
 * line ends, text quoted and defused, numbers as they are.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
