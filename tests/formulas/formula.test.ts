import {
  MAX_TEXT_CONSTANT,
  formulaText,
  kzuzCalls,
  separatorsFor,
} from "../../src/formulas/formula";
import { oneLine } from "../../src/taskpane/formulas/groups";

describe("formulaText", () => {
  test("quotes text, doubling inner quotes; numbers and TRUE/FALSE as Excel writes them", () => {
    expect(formulaText("investment", ["Kashka-Daria", "millions"])).toBe(
      '=KZUZ.INVESTMENT("Kashka-Daria","millions")'
    );
    expect(formulaText("PROJECT", ['Hotel "Astana"', "status"])).toBe(
      '=KZUZ.PROJECT("Hotel ""Astana""","status")'
    );
    expect(formulaText("TRADEHISTORY", [2018, 2025, false])).toBe(
      "=KZUZ.TRADEHISTORY(2018,2025,FALSE)"
    );
  });

  test("drops omitted trailing arguments and leaves inner ones empty", () => {
    expect(formulaText("ASOF", [])).toBe("=KZUZ.ASOF()");
    expect(formulaText("TARGET", [undefined])).toBe("=KZUZ.TARGET()");
    expect(formulaText("TRADEHISTORY", [undefined, 2025, undefined])).toBe(
      "=KZUZ.TRADEHISTORY(,2025)"
    );
  });

  test("refuses text longer than Excel allows in a formula, and numbers Excel cannot hold", () => {
    expect(() => formulaText("SOURCE", ["x".repeat(MAX_TEXT_CONSTANT + 1)])).toThrow(
      /at most 255 characters/
    );
    expect(formulaText("SOURCE", ["x".repeat(MAX_TEXT_CONSTANT)])).toHaveLength(
      MAX_TEXT_CONSTANT + 16
    );
    expect(() => formulaText("TRADE", [NaN])).toThrow(/cannot be written/);
  });

  test("in the user's separators: ';' between arguments and ',' in decimals where Excel writes decimals with a comma; text untouched", () => {
    const comma = separatorsFor(",");
    expect(formulaText("INVESTMENT", ["Tashkent, city", 1.5, true], comma)).toBe(
      '=KZUZ.INVESTMENT("Tashkent, city";1,5;TRUE)'
    );
    expect(formulaText("TRADEHISTORY", [undefined, 2025], comma)).toBe("=KZUZ.TRADEHISTORY(;2025)");
    expect(formulaText("TRADE", [2024, "UZ"], separatorsFor("."))).toBe('=KZUZ.TRADE(2024,"UZ")');
  });
});

describe("oneLine (the builder's description of a function)", () => {
  test("the first sentence, not cut at a decimal point or inside an amount", () => {
    expect(
      oneLine("The share of the target reached (0.497 is 49.7%). Explain says whose figure.")
    ).toBe("The share of the target reached (0.497 is 49.7%).");
    expect(oneLine("No full stop here")).toBe("No full stop here");
  });
});

describe("kzuzCalls", () => {
  test("reads literals back exactly as formulaText wrote them", () => {
    const args = ['Hotel "Tashkent", Tashkent', 2024, true, "a,b(c)"] as const;
    const [call] = kzuzCalls(formulaText("PROJECT", [...args]));
    expect(call.name).toBe("PROJECT");
    expect(call.args).toEqual(args.map((value) => ({ kind: "literal", value })));
  });

  test("finds calls inside other formulas, in any case, and calls nested in calls", () => {
    const calls = kzuzCalls('=ROUND(kzuz.Investment("Tashkent region","m"),0)/KZUZ.TARGET()');
    expect(calls.map((c) => [c.name, c.text])).toEqual([
      ["INVESTMENT", 'kzuz.Investment("Tashkent region","m")'],
      ["TARGET", "KZUZ.TARGET()"],
    ]);
    expect(calls[1].args).toEqual([]);
    const nested = kzuzCalls("=KZUZ.PROGRESS(KZUZ.ASOF())");
    expect(nested.map((c) => c.name)).toEqual(["PROGRESS", "ASOF"]);
    expect(nested[0].args).toEqual([{ kind: "expression", text: "KZUZ.ASOF()" }]);
  });

  test("text that looks like a call inside a string constant is not a call", () => {
    expect(kzuzCalls('="KZUZ.TRADE(2024)"')).toEqual([]);
    expect(kzuzCalls("=MYKZUZ.TRADE(2024)&XKZUZ.TRADE(1)")).toEqual([]);
    expect(kzuzCalls("KZUZ.TRADE(2024)")).toEqual([]);
    expect(kzuzCalls("")).toEqual([]);
  });

  test("cell references: plain, absolute, on another sheet, quoted sheet names", () => {
    const [call] = kzuzCalls("=KZUZ.TRADE($B$2,Inputs!c3,'My ''own'' sheet'!D4,A1:A3,)");
    expect(call.args).toEqual([
      { kind: "reference", text: "$B$2", address: "B2" },
      { kind: "reference", text: "Inputs!c3", sheet: "Inputs", address: "C3" },
      {
        kind: "reference",
        text: "'My ''own'' sheet'!D4",
        sheet: "My 'own' sheet",
        address: "D4",
      },
      { kind: "expression", text: "A1:A3" },
      { kind: "omitted" },
    ]);
  });

  test("an unfinished call (no closing parenthesis) is not reported", () => {
    expect(kzuzCalls('=KZUZ.TRADE(2024,"UZ"')).toEqual([]);
  });
});
