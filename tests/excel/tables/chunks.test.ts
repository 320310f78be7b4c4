import { bytesOf, chunks } from "../../../src/excel/tables/chunks";
import { freeSheetName } from "../../../src/excel/tables/sheet-name";

describe("chunks", () => {
  test("consecutive rows up to the byte limit; every row once, in order", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`, i]);
    const limit = bytesOf(rows.slice(0, 3));
    const parts = chunks(rows, limit);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows);
    expect(parts.map((p) => p.start)).toEqual(
      parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.rows.length, 0))
    );
    for (const part of parts) expect(bytesOf(part.rows)).toBeLessThanOrEqual(limit);
    expect(parts.length).toBeGreaterThan(1);
  });

  test("a row larger than the limit goes alone; no rows, no chunks", () => {
    const big = ["x".repeat(1000)];
    expect(chunks([big, ["a"]], 100).map((p) => p.rows)).toEqual([[big], [["a"]]]);
    expect(chunks([], 100)).toEqual([]);
  });
});

describe("a free sheet name", () => {
  test("the base name if free, else numbered; Excel ignores case", () => {
    const used = new Set(["Sheet1", "kzuz projects"]);
    expect(freeSheetName("KZUZ Trade", used)).toBe("KZUZ Trade");
    expect(freeSheetName("KZUZ Projects", used)).toBe("KZUZ Projects (2)");
    expect(freeSheetName("KZUZ Projects", used)).toBe("KZUZ Projects (3)");
    expect(used.has("KZUZ Projects (2)")).toBe(true);
  });
});
