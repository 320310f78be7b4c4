/**
 * Excel's rules for sheet and table names, enforced when a name is set.
 *
 * Sheets: not empty, at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, not "History" (reserved), unique whatever the case
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 * Tables: a defined name, so: starts with a letter, "_" or "\", then letters, digits, "." or "_";
 * no spaces; at most 255 characters; not a cell reference (A1 or R1C1, nor "R"/"C"); unique among
 * tables and defined names, whatever the case
 * (https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114;
 * the grammar is [MS-XLSB] 2.5.166 XLNameWideString,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e).
 */

export function checkSheetName(name: string): void {
  const bad =
    name.length === 0
      ? "is empty"
      : name.length > 31
        ? "is longer than 31 characters"
        : /[:\\/?*[\]]/.test(name)
          ? "holds one of : \\ / ? * [ ]"
          : name.startsWith("'") || name.endsWith("'")
            ? "starts or ends with an apostrophe"
            : name.toLowerCase() === "history"
              ? 'is "History", which Excel reserves'
              : undefined;
  if (bad) throw new Error(`InvalidArgument: the sheet name "${name}" ${bad}`);
}

/** Letters (column) then digits (row), within Excel's grid: XFD1048576. */
function isA1(name: string): boolean {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (!m) return false;
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col <= 16_384 && Number(m[2]) >= 1 && Number(m[2]) <= 1_048_576;
}

function isR1C1(name: string): boolean {
  return /^(R\d*C?\d*|C\d*)$/i.test(name);
}

export function checkTableName(name: string, taken: readonly string[]): void {
  const bad =
    name.length === 0
      ? "is empty"
      : name.length > 255
        ? "is longer than 255 characters"
        : /\s/.test(name)
          ? "holds a space"
          : !/^[\p{L}_\\][\p{L}\p{N}._\\]*$/u.test(name)
            ? "must start with a letter, _ or \\ and hold only letters, digits, . and _"
            : isA1(name) || isR1C1(name)
              ? "is a cell reference"
              : taken.some((t) => t.toLowerCase() === name.toLowerCase())
                ? "is already used by a table or a defined name"
                : undefined;
  if (bad) throw new Error(`InvalidArgument: the table name "${name}" ${bad}`);
}
