/**
 * Sheet protection, found before anything is written. A protected sheet refuses every change to
 * its cells and tables (Excel answers AccessDenied), and a retry would fail the same way, so the
 * refresh stops with what to do instead of failing part-way.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2)
 */
import * as M from "../messages";
import type { Message } from "../../i18n/message";
import { RefusedBeforeWriting, type Action } from "./refused";

export class SheetProtectedError extends RefusedBeforeWriting {
  constructor(readonly sheetName: string) {
    super(`The sheet ${sheetName} is protected.`);
    this.name = "SheetProtectedError";
  }

  describe(action: Action): Message {
    return M.sheetProtected(this.sheetName, action);
  }
}

/** A sheet to be written, with its protection being read. */
export interface ProtectionCheck {
  readonly sheet: Excel.Worksheet;
  readonly protection: Excel.WorksheetProtection;
}

/** Queues the read of whether `sheet` is protected (and its name, for the message). */
export function readProtection(sheet: Excel.Worksheet): ProtectionCheck {
  sheet.load("name");
  return { sheet, protection: sheet.protection.load("protected") };
}

/** After the sync: throws SheetProtectedError for the first protected sheet. */
export function assertUnprotected(checks: readonly ProtectionCheck[]): void {
  const locked = checks.find((c) => c.protection.protected);
  if (locked) throw new SheetProtectedError(locked.sheet.name);
}
