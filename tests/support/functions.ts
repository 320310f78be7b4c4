/** Helpers for the custom functions' tests: their Excel errors, and a recording invocation. */

/** An Excel error as the functions return it outside Excel: { code, message }. */
export function expectExcelError(value: unknown): { code: string; message: string } {
  if (typeof value !== "object" || value === null || !("code" in value))
    throw new Error(`not an error: ${JSON.stringify(value)}`);
  return {
    code: String((value as { code: unknown }).code),
    message: String((value as { message?: unknown }).message),
  };
}

export class RecordingInvocation<T> {
  readonly results: unknown[] = [];
  onCanceled?: () => void;
  setResult(value: T | CustomFunctions.Error): void {
    this.results.push(value);
  }
  get last(): unknown {
    return this.results[this.results.length - 1];
  }
}
