/**
 * Red team round 2, G9: dataset text is said as written in every language, Lingui's own
 * placeholder text included, inside plurals too.
 */
import { LANGS } from "../../src/i18n/locales";
import { loadTranslator } from "../../src/i18n/translator";

const HOSTILE = "Report %__lingui_octothorpe__% (draft) 100% \\u0041 %__lingui%";

test.each(LANGS.map((l) => [l]))(
  "G9: %s: a name holding Lingui's placeholder text inside a plural message is said as written",
  async (lang) => {
    const t = await loadTranslator(lang);
    const text = t.t("data.excel.changes.kept", {
      count: 1,
      part: "trade",
      names: HOSTILE,
      header: "KZUZ status",
      more: 0,
    });
    expect(text).toContain(HOSTILE);
    const many = t.t("data.excel.refresh.ignored", { count: 2, tables: HOSTILE });
    expect(many).toContain(HOSTILE);
    expect(many).not.toMatch(/Report 2 \(draft\)/);
  }
);
