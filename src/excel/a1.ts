/** A1-style addresses: column letters to and from zero-based indexes. */

/** A column's letters from its zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A column's zero-based index from its letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The column `by` columns to the right of `letters`. */
export function offsetColumn(letters: string, by: number): string {
  return columnLetter(columnIndex(letters) + by);
}
