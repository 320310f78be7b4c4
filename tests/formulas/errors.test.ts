/**
 * CustomFunctions.Error is CustomFunctionsRuntime 1.2
 * (learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error: "[ API set:
 * CustomFunctionsRuntime 1.2 ]"): it is handed to Excel only where the host has the set.
 */
import { excelError } from "../../src/formulas/errors";
import { plain } from "../../src/i18n/message";
import { expectExcelError } from "../support/functions";

type Holder = { Office?: unknown; CustomFunctions?: unknown };

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

function host(sets: Record<string, string>) {
  const holder = globalThis as Holder;
  holder.CustomFunctions = { Error: FakeCustomFunctionsError };
  holder.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          sets[name] !== undefined && Number(sets[name]) >= Number(version),
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as Holder).Office;
  delete (globalThis as Holder).CustomFunctions;
});

describe("item 8: CustomFunctions.Error only with CustomFunctionsRuntime 1.2", () => {
  test("item 8: with the set, Excel gets a CustomFunctions.Error", () => {
    host({ CustomFunctionsRuntime: "1.2" });
    const error = excelError("#N/A", plain("No data."));
    expect(error).toBeInstanceOf(FakeCustomFunctionsError);
    expect(expectExcelError(error)).toEqual({ code: "#N/A", message: "No data." });
  });

  test("item 8: without it, a plain error with the same code and message, never the class", () => {
    host({ CustomFunctionsRuntime: "1.1" });
    const error = excelError("#VALUE!", plain("Bad argument."));
    expect(error).not.toBeInstanceOf(FakeCustomFunctionsError);
    expect(error).toBeInstanceOf(Error);
    expect(expectExcelError(error)).toEqual({ code: "#VALUE!", message: "Bad argument." });
  });

  test("outside Office, office.js's class is used where it is defined", () => {
    (globalThis as Holder).CustomFunctions = { Error: FakeCustomFunctionsError };
    expect(excelError("#N/A", plain("x"))).toBeInstanceOf(FakeCustomFunctionsError);
  });

  test("messages longer than Excel shows are cut to 255 characters", () => {
    expect(expectExcelError(excelError("#N/A", plain("x".repeat(300)))).message).toHaveLength(255);
  });
});
