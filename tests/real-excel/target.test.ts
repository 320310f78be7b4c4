import { chooseTarget, documentArg } from "./target";

const BOOK = "https://contoso-my.sharepoint.com/:x:/g/personal/book.xlsx";

describe("documentArg", () => {
  it("reads --document <URL> and --document=<URL>", () => {
    expect(documentArg(["--document", BOOK])).toBe(BOOK);
    expect(documentArg([`--document=${BOOK}`])).toBe(BOOK);
    expect(documentArg(["--document"])).toBe("");
    expect(documentArg([])).toBeUndefined();
  });
});

describe("chooseTarget", () => {
  it("uses desktop Excel on Windows and Mac", () => {
    expect(chooseTarget([], {}, "win32")).toEqual({ kind: "desktop" });
    expect(chooseTarget([], {}, "darwin")).toEqual({ kind: "desktop" });
  });

  it("uses Excel on the web when given a workbook, from the argument or KZUZ_TEST_DOCUMENT", () => {
    expect(chooseTarget(["--document", BOOK], {}, "linux")).toEqual({
      kind: "web",
      document: BOOK,
    });
    expect(chooseTarget([], { KZUZ_TEST_DOCUMENT: BOOK }, "win32")).toEqual({
      kind: "web",
      document: BOOK,
    });
  });

  it("finds no Excel on Linux without a workbook, and says what to do", () => {
    const target = chooseTarget([], {}, "linux");
    expect(target.kind).toBe("none");
    if (target.kind === "none") {
      expect(target.message).toContain("No Excel to test in");
      expect(target.message).toContain("this is linux");
      expect(target.message).toContain("--document");
      expect(target.message).toContain("KZUZ_TEST_DOCUMENT");
      expect(target.message).toContain("Nothing was tested.");
    }
  });

  it.each([["http://example.com/book.xlsx"], ["book.xlsx"]])(
    "refuses %s as a workbook address",
    (document) => {
      const target = chooseTarget(["--document", document], {}, "win32");
      expect(target).toEqual({
        kind: "none",
        message: expect.stringContaining(`"${document}" is not the https:// address`),
      });
    }
  );

  it("refuses --document without an address instead of falling back to desktop", () => {
    expect(chooseTarget(["--document"], {}, "win32")).toEqual({
      kind: "none",
      message: expect.stringContaining("--document was given without an address"),
    });
  });
});
