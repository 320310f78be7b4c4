import type { Workbench } from "../../src/excel/workbench";
import { english, withEnglish } from "../support/english";

test("an action whose code cannot be loaded ends in a plain message and changes nothing", async () => {
  jest.resetModules();
  jest.doMock("../../src/excel/workbench", () => {
    throw new Error("Loading chunk workbook failed.");
  });
  const { insertTables } = await import("../../src/taskpane/workbook");
  const outcome = await insertTables({} as Workbench, ["projects"]);
  expect(withEnglish(outcome)).toMatchObject({
    ok: false,
    message:
      "The add-in could not load the code for this action (Loading chunk workbook failed.). Nothing was changed. Check the connection, then try again.",
  });
  // The pane says it in its language; the English catalogue says it exactly as above.
  const { createTranslator, englishTranslator, loadMessages } =
    await import("../../src/i18n/translator");
  expect(outcome.said?.id).toBe("data.load.failed");
  expect(englishTranslator.text(outcome.said!)).toBe(english(outcome.said));
  expect(createTranslator("ru", await loadMessages("ru")).text(outcome.said!)).toBe(
    "Надстройке не удалось загрузить код для этого действия (Loading chunk workbook failed.). Ничего не изменено. Проверьте подключение и повторите попытку."
  );
});
