import type { Workbench } from "../../src/excel/workbench";

test("an action whose code cannot be loaded ends in a plain message and changes nothing", async () => {
  jest.resetModules();
  jest.doMock("../../src/excel/workbench", () => {
    throw new Error("Loading chunk workbook failed.");
  });
  const { insertTables } = await import("../../src/taskpane/workbook");
  const outcome = await insertTables({} as Workbench, ["projects"]);
  expect(outcome).toEqual({
    ok: false,
    message:
      "The add-in could not load the code for this action (Loading chunk workbook failed.). Nothing was changed. Check the connection, then try again.",
  });
});
